/**
 * The guard's health in this frame, for the popup: whether it is active, why not, what the
 * adapter found and which errors it caught while failing open. Reported to the background when
 * it changes (debounced), and once more — inactive — when the runtime stops. The first report
 * waits until the page has loaded and gone idle (it is only ever read by the popup, and a page's
 * start-up is the page's time): a popup opened sooner asks every frame for it (reportNow).
 */
import type { RuleId, Site } from '../analysis/types';
import type { AdapterHealth } from '../sites/types';
import type { Health } from '../messaging/schemas';
import type { GuardBackend } from './backend';
import { fromBackground, onBackgroundMessage } from '../messaging/background-to-content';
import type { Lifetime } from './lifetime';

const HEALTH_DELAY_MS = 800;
/** The first report: this long after the first change, then at the next idle moment (at most IDLE_WAIT_MS later). */
export const FIRST_HEALTH_MS = 2500;
const IDLE_WAIT_MS = 2000;
const MAX_ERRORS = 20;

export interface HealthInputs {
  site: Site;
  win: Window;
  active: boolean;
  /** Switched off for this site, or paused (the popup says why the guard is inactive). */
  siteOff: boolean;
  paused: boolean;
  composers: number;
  groupDialogs: number;
  adapter: AdapterHealth;
  /** Set when the runtime stopped. */
  reasons?: string[];
}

export class HealthReport {
  private readonly errors: string[] = [];
  private lastFinding: { rule: RuleId; at: number } | undefined;
  private last = '';
  private cancel: (() => void) | null = null;
  private readonly life: Lifetime;
  private readonly backend: GuardBackend;
  private readonly inputs: () => HealthInputs;

  private readonly timing: { first: number; delay: number };

  constructor(life: Lifetime, backend: GuardBackend, inputs: () => HealthInputs, timing = { first: FIRST_HEALTH_MS, delay: HEALTH_DELAY_MS }) {
    this.life = life;
    this.backend = backend;
    this.inputs = inputs;
    this.timing = timing;
  }

  error(where: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.errors.push(`${where}: ${message}`.slice(0, 300));
    if (this.errors.length > MAX_ERRORS) this.errors.shift();
    this.schedule();
  }

  finding(rule: RuleId): void {
    this.lastFinding = { rule, at: Date.now() };
    this.schedule();
  }

  snapshot(override: Partial<HealthInputs> = {}): Health {
    const i = { ...this.inputs(), ...override };
    const reasons = i.reasons ?? [];
    if (!i.reasons) {
      if (i.siteOff) reasons.push('site-off');
      if (i.paused) reasons.push('paused');
      if (i.active && i.composers + i.groupDialogs === 0) reasons.push('nothing-found');
    }
    return {
      site: i.site,
      url: i.win.location.href.slice(0, 2000),
      frame: i.win === i.win.top ? 'top' : 'sub',
      active: i.active,
      reasons: reasons.slice(0, 20),
      composers: i.composers,
      groupDialogs: i.groupDialogs,
      matched: i.adapter.matched.slice(0, 50),
      failures: i.adapter.failures.slice(0, 50),
      warnings: i.adapter.warnings.slice(0, 10),
      lastFinding: this.lastFinding,
      errors: [...this.errors],
    };
  }

  schedule(): void {
    if (this.cancel || this.life.aborted) return;
    const run = () => {
      this.cancel = null;
      this.report();
    };
    if (this.last !== '') {
      this.cancel = this.life.timeout(run, this.timing.delay);
      return;
    }
    let idle: (() => void) | undefined;
    const wait = this.life.timeout(() => (idle = this.life.idle(run, IDLE_WAIT_MS)), this.timing.first);
    this.cancel = () => {
      wait();
      idle?.();
    };
  }

  /** The popup asks (through the background): report at once, even what was reported before. */
  reportNow(): void {
    this.cancel?.();
    this.cancel = null;
    this.report(true);
  }

  private report(again = false): void {
    const h = this.snapshot();
    const key = JSON.stringify({ ...h, lastFinding: h.lastFinding?.rule });
    if (key === this.last && !again) return;
    this.last = key;
    this.backend.reportHealth(h);
  }

  /** The runtime stops: say so at once (best effort: after an update the background cannot be reached). */
  stopped(): void {
    try {
      this.backend.reportHealth(this.snapshot({ active: false, reasons: ['stopped'], composers: 0, groupDialogs: 0 }));
    } catch {
      /* nothing to tell anyone */
    }
  }
}

/** A popup opened before this frame's first report asks for it (background → content, only from the background); `before` runs first (start.ts: wake and scan). */
export function answerHealthRequests(life: Lifetime, health: HealthReport, before: () => void = () => {}): void {
  life.onAbort(
    onBackgroundMessage('reportHealthNow', ({ sender }) => {
      if (!fromBackground(sender)) throw new Error('refused: not from this extension');
      before();
      health.reportNow();
    }),
  );
}
