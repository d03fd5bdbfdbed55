/**
 * runtime.ts — the content runtime. Map of the runtime (as uBlock Origin's content script has one):
 *   start.ts         The entry of every content script: the lifetime from WXT's context, the popup's
 *                    questions; the page watched from its first use (press, key, wheel, input) or 3 s on screen.
 *   lifetime.ts      One lifetime: an AbortSignal derived from the content-script context, ended only
 *                    when the extension is really gone; every listener, observer, timer and mounted UI
 *                    below takes it (or a child of it); abort() ends them all.
 *   interceptor.ts   The one set of capture-phase listeners (keydown, keyup, click, submit, input, focusin,
 *                    scroll/resize; pointerdown/wheel until first use) from document_start, one IME check;
 *                    features in registry order, fail open.
 *   observer.ts      One MutationObserver per root (document + the adapter's shadow roots), paused while a
 *                    batched scan is due; a slow poll for late shadow roots, SPA navigation → scan().
 *   feature-list.ts  The registry: group guard, composer guard · features.ts: a feature, its RuntimeHost.
 *     composer/      feature.ts (composers, sessions once engaged, interception) · session.ts (cue, acts
 *                    on the verdict) · draft.ts (the draft, its context and findings) · decide.ts (the
 *                    verdict, pure) · wait.ts (a send before the word lists came waits for them) ·
 *                    judge.ts (one background request per draft state) · card.ts (pause card, outlives
 *                    an update) · release.ts ("Send anyway": current control, unchanged, confirmed) ·
 *                    cue.ts (badge, popover, words marked) ·
 *                    choices.ts + toast.ts ("don't ask again", undo) · variant.ts · fatigue.ts (prompt
 *                    fatigue) · context.ts · recipient.ts · thread.ts (a thread's days, at idle) · unanswered.ts
 *     group/         feature.ts (sessions, interception) · session.ts (dialog state, ledger client)
 *                    · hold.ts (checklist, outlives an update) · layer.ts (its top-layer dialog) · popup.ts
 *   health.ts · settings.ts   What the popup shows for this frame (first report at idle, on request, on
 *                    change, when stopping); settings from storage; the data version, watched.
 *   backend.ts       The content → background protocol behind an interface (fakes in tests).
 *   mount.ts · dom.ts · write.ts · place.ts · geometry.ts · theme.ts   Closed shadow roots; DOM
 *                    helpers; writing only when asked; where our UI goes; light/dark from the page.
 *   diagnostic.ts    "Not working here?": the top frame answers the popup with the page's structure.
 * Only the SiteAdapter (lib/sites/<site>/) knows the site's DOM; the runtime asks it, nothing else.
 */
import type { RuleId } from '../analysis/types';
import { CONTENT_DEFAULT_SETTINGS } from '../storage/defaults';
import type { Settings } from '../settings';
import type { SiteAdapter } from '../sites/types';
import { messagingBackend, type GuardBackend } from './backend';
import { FEATURES } from './feature-list';
import type { Feature, FeatureDefinition, RuntimeHost } from './features';
import { HealthReport } from './health';
import { adapterClicks, Interceptor } from './interceptor';
import { createLifetime, type Lifetime } from './lifetime';
import { BatchedScan, DomWatcher } from './observer';
import { watchStorage } from './settings';

const SCAN_DELAY_MS = 120;

export interface RuntimeOptions {
  backend?: GuardBackend;
  /** For tests: start with these settings instead of asking the background. */
  settings?: Settings;
  window?: Window;
  /** The lifetime to live in (default: one of its own). */
  life?: Lifetime;
  /** False once the extension was updated, reloaded or removed. */
  alive?: () => boolean;
  features?: readonly FeatureDefinition[];
}

export class Runtime implements RuntimeHost {
  readonly adapter: SiteAdapter;
  readonly backend: GuardBackend;
  readonly win: Window;
  readonly life: Lifetime;
  readonly interceptor: Interceptor;
  readonly health: HealthReport;
  readonly features: { def: FeatureDefinition; feature: Feature }[];
  private readonly watcher: DomWatcher;
  private readonly isAlive: () => boolean;
  private current: Settings;
  /** Until the user's settings are read, the guard does nothing (a switched-off site stays off). */
  private settingsLoaded: boolean;
  private readonly scans: BatchedScan;
  private watching = false; // the page observed and scanned yet (from `start`, or from its first use)
  /** Whether the adapter guards this URL (parsed once per URL, not once per event). */
  private url = { href: '', ok: false };

  constructor(adapter: SiteAdapter, opts: RuntimeOptions = {}) {
    this.adapter = adapter;
    this.win = opts.window ?? window;
    this.life = opts.life ?? createLifetime();
    this.isAlive = opts.alive ?? (() => true);
    this.current = opts.settings ?? CONTENT_DEFAULT_SETTINGS;
    this.settingsLoaded = opts.settings !== undefined;
    this.backend = opts.backend ?? messagingBackend((err) => this.onError('messaging', err));
    const count = (id: string) => this.features.find((f) => f.def.id === id)?.feature.count() ?? 0;
    this.health = new HealthReport(this.life, this.backend, () => ({
      site: adapter.site,
      win: this.win,
      active: this.active(),
      siteOff: this.current.sites[adapter.site] === false,
      paused: (this.current.pausedUntil[adapter.site] ?? 0) > Date.now(),
      composers: count('composer-guard'),
      groupDialogs: count('group-guard'),
      adapter: this.adapter.health(),
    }));
    this.scans = new BatchedScan(this.life, () => this.scanRoots(), SCAN_DELAY_MS);
    this.interceptor = new Interceptor(this.win, this.life, (where, err) => this.onError(where, err));
    this.watcher = new DomWatcher(
      this.life,
      // While a group dialog is open the user is selecting people: keep up with them.
      () => this.scheduleScan(this.features.some(({ feature }) => feature.watchesAttributes?.() === true) ? SCAN_DELAY_MS : undefined),
      (node) => this.features.some(({ feature }) => feature.quiet?.(node) === true),
    );
    this.interceptor.register('adapter', adapterClicks(adapter));
    this.features = (opts.features ?? FEATURES).map((def) => {
      const feature = def.create(this, this.life.child());
      this.interceptor.register(def.id, feature.intercept);
      return { def, feature };
    });
    this.life.onAbort(() => this.health.stopped());
  }

  /** Read the user's settings and watch the page — `untilUsed`: from the user's first use of it (start.ts). */
  start(opts: { untilUsed?: boolean } = {}): this {
    if (opts.untilUsed) this.interceptor.wakeOnUse(() => this.wake(true));
    else this.wake(false);
    this.life.onAbort(this.adapter.subscribe(() => this.health.schedule())); // new failures reach the popup
    if (!this.settingsLoaded) this.loadSettings();
    watchStorage(this.life, { settings: () => this.loadSettings(), dataVersion: () => this.dataChanged() });
    return this;
  }

  /** Observe and scan the page from now on (once); `firstLook` (the page's first use, the popup asking):
   * scanned before the site sees the event — what it finds was there before anyone used the page. */
  wake(firstLook: boolean): void {
    if (this.watching || this.life.aborted) return;
    this.watching = true;
    // Observed from the first scan of an active runtime on (after the settings: a site switched off costs nothing).
    this.watcher.observe(this.win.document);
    this.watcher.poll(this.win, () => this.checkNewRoots(), () => this.scheduleScan(0));
    this.scheduleScan(0);
    const look = () => void this.scanNowIfPending();
    if (firstLook) void (this.adapter.firstLook ? this.adapter.firstLook(look) : look());
  }

  private loadSettings(): void {
    this.backend.settings().then((s) => void (this.life.aborted || this.setSettings(s)), (err: unknown) => this.onError('settings', err));
  }

  abort(): void {
    this.life.abort('stopped');
  }

  settings(): Settings {
    return this.current;
  }

  setSettings(next: Settings): void {
    this.current = next;
    this.settingsLoaded = true;
    this.each('settings', (f) => f.settingsChanged?.());
    this.scheduleScan(0);
  }

  /** Remembered data was deleted in the background (wipe, one send, retention). */
  dataChanged(): void {
    this.each('data', (f) => f.dataChanged?.());
  }

  active(): boolean {
    if (this.life.aborted || !this.settingsLoaded) return false;
    if (!this.isAlive()) {
      // The extension was updated or reloaded under us: step aside, the site works as without us.
      this.abort();
      return false;
    }
    const s = this.current;
    if (s.sites[this.adapter.site] === false || (s.pausedUntil[this.adapter.site] ?? 0) > Date.now()) return false;
    const href = this.win.location.href;
    if (href !== this.url.href) this.url = { href, ok: guards(this.adapter, href) };
    return this.url.ok;
  }

  observed(root: Node): boolean {
    return this.watcher.has(root);
  }

  noteFinding(rule: RuleId): void {
    this.health.finding(rule);
  }

  onError(where: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    if (/context invalidated/i.test(message)) return this.abort();
    this.health.error(where, err);
  }

  private each(where: string, fn: (f: Feature) => void): void {
    for (const { def, feature } of this.features) {
      try {
        fn(feature);
      } catch (err) {
        this.onError(`${def.id}:${where}`, err);
      }
    }
  }

  /** A batched scan soon (`delay` ms, or a pause that keeps scans cheap on a busy page). */
  scheduleScan(delay?: number): void {
    if (this.settingsLoaded && this.watching) this.scans.schedule(delay);
  }

  scanNowIfPending(): boolean {
    return this.scans.runIfPending();
  }

  /** Shadow roots attached after load cause no mutation we can see: scan when the adapter names a new one. */
  private checkNewRoots(): void {
    if (!this.active()) return;
    // Active again without a page change to say so (a pause ran out): scan, which observes again.
    if (!this.watcher.observing() && !this.scans.pending()) return this.scan();
    try {
      if (this.adapter.shadowRoots(this.win.document).some((r) => !this.watcher.has(r))) this.scan();
    } catch (err) {
      this.onError('roots', err);
    }
  }

  scan(): void {
    if (this.watching) this.scans.run();
  }

  /** Find composers and dialogs: every feature scans the roots (none while it should rest). */
  private scanRoots(): void {
    const active = this.active();
    const roots: (Document | ShadowRoot)[] = [this.win.document];
    try {
      for (const r of this.adapter.shadowRoots(this.win.document)) {
        if (this.watcher.observe(r)) this.interceptor.watchRoot(r);
        roots.push(r);
      }
    } catch (err) {
      this.onError('roots', err);
    }
    for (const { def, feature } of this.features) {
      try {
        feature.scan(active && def.enabled(this.current) ? roots : []);
      } catch (err) {
        this.onError(`${def.id}:scan`, err);
      }
    }
    this.watcher.watchAllAttributes(this.features.some(({ feature }) => feature.watchesAttributes?.() === true));
    if (active) this.watcher.resume();
    this.health.schedule();
  }
}

function guards(adapter: SiteAdapter, href: string): boolean {
  return URL.canParse(href) && adapter.matchesUrl(new URL(href)); // not a URL the adapter knows: inactive
}
