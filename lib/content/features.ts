/**
 * What a feature of the content runtime is, and what it may use of the runtime. Each is created
 * with the runtime it lives in and its own lifetime (a child of the runtime's: every listener,
 * observer and timer it has takes that signal). The features themselves are registered in one
 * place, ./feature-list.ts (types only here, so features can import them without a circle).
 */
import type { RuleId } from '../analysis/types';
import type { Settings } from '../settings';
import type { SiteAdapter } from '../sites/types';
import type { GuardBackend } from './backend';
import type { InterceptHandlers } from './interceptor';
import type { Lifetime } from './lifetime';

/** What a feature may use of the runtime. */
export interface RuntimeHost {
  readonly adapter: SiteAdapter;
  readonly backend: GuardBackend;
  readonly win: Window;
  /** Whether the guard acts in this frame now (settings read, site on, not paused, URL matches, extension there). */
  active(): boolean;
  settings(): Settings;
  /** Scan now (synchronously). */
  scan(): void;
  /** A batched scan soon (or after `delay` ms). */
  scheduleScan(delay?: number): void;
  /** Run a pending scan now (the page changed a moment ago); true when one was pending. */
  scanNowIfPending(): boolean;
  /** Whether a root is observed already. */
  observed(root: Node): boolean;
  noteFinding(rule: RuleId): void;
  onError(where: string, err: unknown): void;
}

export interface Feature {
  readonly id: string;
  readonly intercept: InterceptHandlers;
  /** After every batched scan, with the roots to search (none while the feature should rest). */
  scan(roots: (Document | ShadowRoot)[]): void;
  /** How many composers / dialogs it found (health). */
  count(): number;
  /** Settings changed: judge again. */
  settingsChanged?(): void;
  /** Remembered data was deleted in the background: drop what was cached. */
  dataChanged?(): void;
  /** Mutations inside these nodes need no scan (typing in a composer). */
  quiet?(node: Node): boolean;
  /** Whether changes of aria-checked, aria-label, disabled… matter now (a selection in an open dialog). */
  watchesAttributes?(): boolean;
}

export interface FeatureDefinition {
  id: string;
  /** Whether the user's settings let this feature work at all. */
  enabled(settings: Settings): boolean;
  create(host: RuntimeHost, life: Lifetime): Feature;
}
