/**
 * The content-script runtime entry. The full runtime (class Guard) is in ./runtime.ts and is
 * wired in here as soon as the analyzer module lands; until then the content scripts do nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';

export type { Guard, GuardOptions } from './runtime';

export function startGuard(_ctx: ContentScriptContext, _adapter: SiteAdapter): void {
  // intentionally empty until lib/analysis/index.ts exists
}
