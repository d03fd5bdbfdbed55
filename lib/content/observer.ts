/**
 * Watching the page: one MutationObserver per root (the document plus each open shadow root the
 * adapter names), doing no work in the callback beyond deciding whether a scan is worth
 * scheduling (uBlock's domWatcher: "do not handle added nodes from within the observer"), a slow
 * poll for shadow roots attached later (they cause no mutation we could see), and SPA navigation.
 *
 * Once a change asked for a scan the observers are disconnected until that scan has run: it reads
 * the page as it then is, so the records in between would tell it nothing — and a page that is
 * still mounting (or busy) pays for no records at all while a scan is pending. An inactive
 * runtime (site switched off, paused, a URL it does not guard) leaves them disconnected: the slow
 * poll, a navigation or new settings bring the next scan.
 */
import type { Lifetime } from './lifetime';

/** Attributes that can show or hide a composer or a dialog: always observed. */
const REVEALING = ['open', 'hidden'];
/** Selection and control state: observed only while a group dialog is open (the page pays for every record). */
const ATTRIBUTES = [...REVEALING, 'aria-checked', 'aria-label', 'disabled', 'aria-disabled'];
/** Shadow roots attached after load cause no mutation we can see: look for new ones now and then. */
export const ROOT_POLL_MS = 2000;
/** The longest pause between a page change and the scan it asks for, on the busiest page. */
const MAX_PAUSE_MS = 5000;

export class DomWatcher {
  private readonly observed = new WeakSet<Node>();
  private readonly life: Lifetime;
  private readonly changed: () => void;
  /** Mutations under these nodes never need a scan (typing in a known composer). */
  private readonly quiet: (node: Node) => boolean;
  private readonly observers: [MutationObserver, Document | ShadowRoot][] = [];
  private allAttributes = false;
  /** Disconnected until the next scan (see above); observing starts with the first resume(). */
  private paused = true;

  constructor(life: Lifetime, changed: () => void, quiet: (node: Node) => boolean) {
    this.life = life;
    this.changed = changed;
    this.quiet = quiet;
  }

  private options(): MutationObserverInit {
    return { childList: true, subtree: true, attributes: true, attributeFilter: this.allAttributes ? ATTRIBUTES : REVEALING };
  }

  /** Observe selection and control attributes too (a group dialog is open), or only open/hidden again. */
  watchAllAttributes(all: boolean): void {
    if (all === this.allAttributes || this.life.aborted) return;
    this.allAttributes = all;
    if (this.paused) return; // resume() observes with the new options
    for (const [observer, root] of this.observers) {
      const pending = observer.takeRecords();
      observer.disconnect();
      observer.observe(root, this.options());
      if (pending.length) this.changed();
    }
  }

  has(root: Node): boolean {
    return this.observed.has(root);
  }

  /** Observe a root once; true when it is new. */
  observe(root: Document | ShadowRoot): boolean {
    if (this.observed.has(root) || this.life.aborted) return false;
    this.observed.add(root);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (!this.quiet(r.target)) {
          this.pause();
          this.changed();
          return;
        }
      }
    });
    if (!this.paused) observer.observe(root, this.options());
    this.observers.push([observer, root]);
    this.life.onAbort(() => observer.disconnect());
    return true;
  }

  /** Whether page changes reach us now (false while a scan is pending, or the runtime is inactive). */
  observing(): boolean {
    return !this.paused && !this.life.aborted;
  }

  /** Stop receiving records: a scan is due and will read the page as it is then. */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    for (const [observer] of this.observers) observer.disconnect();
  }

  /** Observe again (after a scan of an active runtime). */
  resume(): void {
    if (!this.paused || this.life.aborted) return;
    this.paused = false;
    for (const [observer, root] of this.observers) observer.observe(root, this.options());
  }

  /**
   * Call `check` now and then (new shadow roots), and `navigated` when the URL changed (SPA
   * navigation): checked on that same slow poll and on popstate — the Navigation API would cost
   * more to set up in every frame than comparing a string every two seconds.
   */
  poll(win: Window, check: () => void, navigated: () => void): void {
    let last = win.location.href;
    const sameUrl = () => {
      if (win.location.href === last) return true;
      last = win.location.href;
      navigated();
      return false;
    };
    this.life.interval(() => {
      if (sameUrl()) check();
    }, ROOT_POLL_MS);
    this.life.listen(win, 'popstate', sameUrl);
  }
}

/**
 * The batched scan: page changes ask for one soon, explicit requests (focus, navigation, a send
 * attempt) for one at once. On a quiet page the pause is `base`; on a page that keeps changing
 * (change after change) it adapts to what a scan costs, so scans take at most 1/`share` of the
 * main thread — up to MAX_PAUSE_MS. The DomWatcher sees no changes while a scan is due, so a
 * change right after a scan that a change asked for also counts as "change after change".
 */

export class BatchedScan {
  private cancel: (() => void) | null = null;
  private due = 0;
  private lastMs = 0;
  private lastChange = -Infinity;
  /** When the last scan ended, and whether a page change (not a request) had asked for it. */
  private lastRun = { end: -Infinity, byChange: false };
  private byChange = false;
  private readonly life: Lifetime;
  private readonly work: () => void;
  private readonly base: number;
  private readonly share: number;

  constructor(life: Lifetime, work: () => void, base = 120, share = 200) {
    this.life = life;
    this.work = work;
    this.base = base;
    this.share = share;
  }

  schedule(delay?: number): void {
    const now = performance.now();
    // Busy: this change comes hard on the heels of the previous one (or of the scan it asked for).
    const busy = now - this.lastChange < this.base * 2 || (this.lastRun.byChange && now - this.lastRun.end < this.base * 2);
    this.lastChange = now;
    if (delay === undefined) this.byChange = true;
    delay ??= busy ? Math.min(MAX_PAUSE_MS, Math.max(this.base, this.lastMs * this.share)) : this.base;
    const due = now + delay;
    if (this.life.aborted || (this.cancel && this.due <= due)) return;
    this.cancel?.();
    this.due = due;
    this.cancel = this.life.timeout(() => this.run(), delay);
  }

  pending(): boolean {
    return this.cancel !== null;
  }

  /** Run a scheduled scan now; false when none was due. */
  runIfPending(): boolean {
    if (!this.cancel) return false;
    this.run();
    return true;
  }

  run(): void {
    if (this.life.aborted) return;
    this.cancel?.();
    this.cancel = null;
    const started = performance.now();
    const byChange = this.byChange;
    this.byChange = false;
    this.work();
    const end = performance.now();
    this.lastMs = end - started;
    this.lastRun = { end, byChange };
  }
}
