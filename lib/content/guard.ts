/**
 * The site-independent content-script runtime. One batched MutationObserver per root (the
 * document plus the open shadow roots the adapter names), capture-phase send interception
 * registered at document_start, and composer sessions. Everything dies with the content script
 * context (extension update/reload): then the site works exactly as without Taktvoll.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InMemorySendMemory, MINHASH_BINS } from '../analysis/core';
import type { RuleId } from '../analysis/types';
import type { Health } from '../messaging/schemas';
import { CONTENT_DEFAULT_SETTINGS as DEFAULT_SETTINGS } from '../storage/defaults';
import type { Settings } from '../storage/settings';
import type { SiteAdapter } from '../sites/types';
import { messagingBackend, type GuardBackend } from './backend';
import { deepContains, deepTarget, pathHit } from './dom';
import { GroupGuard } from './group';
import { ComposerSession, type SendPath, type SessionHost } from './session';
import { loadSettings, watchSettings } from './settings';
import { shareAdapter } from './share';

const SCAN_DELAY_MS = 120;
const HEALTH_DELAY_MS = 800;
/** Shadow roots attached after load cause no mutation we can see: look for new ones now and then. */
const ROOT_POLL_MS = 2000;

export interface GuardOptions {
  backend?: GuardBackend;
  /** For tests: start with these settings instead of reading storage. */
  settings?: Settings;
  window?: Window;
  /** False once the extension was updated, reloaded or removed ("context invalidated"). */
  contextValid?: () => boolean;
}

export class Guard {
  readonly adapter: SiteAdapter;
  private readonly win: Window;
  private readonly doc: Document;
  readonly backend: GuardBackend;
  private settings: Settings;
  private memory = new InMemorySendMemory();
  readonly sessions = new Map<HTMLElement, ComposerSession>();
  private readonly observed = new WeakSet<Node>();
  private readonly observers: MutationObserver[] = [];
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private healthTimer: ReturnType<typeof setTimeout> | undefined;
  private rootPoll: ReturnType<typeof setInterval> | undefined;
  private lastHealth = '';
  private lastCompositionEnd = 0;
  private lastFinding: { rule: RuleId; at: number } | undefined;
  private readonly errors: string[] = [];
  private unsubscribeHealth: () => void = () => undefined;
  private stopped = false;
  /** Until the user's settings are read, the guard does nothing (a switched-off site stays off). */
  private settingsLoaded: boolean;
  private readonly contextValid: () => boolean;
  readonly groups: GroupGuard;

  constructor(adapter: SiteAdapter, opts: GuardOptions = {}) {
    this.adapter = adapter;
    this.win = opts.window ?? window;
    this.doc = this.win.document;
    this.settings = opts.settings ?? DEFAULT_SETTINGS;
    this.settingsLoaded = opts.settings !== undefined;
    this.contextValid = opts.contextValid ?? (() => true);
    this.backend = opts.backend ?? messagingBackend((err) => this.onError('messaging', err));
    this.groups = new GroupGuard(this);
  }

  // ------------------------------------------------------------------ state

  currentSettings(): Settings {
    return this.settings;
  }

  setSettings(next: Settings): void {
    this.settings = next;
    this.settingsLoaded = true;
    // A new rule, a switched-off check or a new sensitivity applies to open drafts right away.
    for (const s of this.sessions.values()) s.refresh();
    this.scheduleScan(0);
  }

  /** Whether the guard should act on this frame right now. */
  get active(): boolean {
    if (this.stopped || !this.settingsLoaded) return false;
    if (!this.contextValid()) {
      // The extension was updated or reloaded under us: step aside, the site works as without us.
      this.stop();
      return false;
    }
    const s = this.settings;
    if (s.sites[this.adapter.site] === false) return false;
    if ((s.pausedUntil[this.adapter.site] ?? 0) > Date.now()) return false;
    try {
      return this.adapter.matchesUrl(new URL(this.win.location.href));
    } catch {
      return false;
    }
  }

  async loadMemory(): Promise<void> {
    const memory = new InMemorySendMemory();
    // Load exactly the window the analyzer searches.
    const rows = await this.backend.sendMemory(memory.windowDays);
    for (const r of [...rows].reverse()) {
      // Fingerprints from an older format cannot be compared: skip them rather than guess.
      if (r.fingerprint.minhash.length !== MINHASH_BINS) continue;
      memory.record({ recipientKey: r.recipientKey, at: r.at, fingerprint: r.fingerprint });
    }
    this.memory = memory;
  }

  onError(where: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    if (/context invalidated/i.test(message)) {
      this.stop();
      return;
    }
    this.errors.push(`${where}: ${message}`.slice(0, 300));
    if (this.errors.length > 20) this.errors.shift();
    this.scheduleHealth();
  }

  private sessionHost(): SessionHost {
    return {
      adapter: this.adapter,
      backend: this.backend,
      settings: () => this.settings,
      memory: () => this.memory,
      rememberSend: (recipientKey, fingerprint) => this.memory.record({ recipientKey, fingerprint, at: Date.now() }),
      onFinding: (rule) => {
        this.lastFinding = { rule, at: Date.now() };
        this.scheduleHealth();
      },
      onError: (where, err) => this.onError(where, err),
    };
  }

  // ------------------------------------------------------------------ observation

  start(): void {
    const w = this.win;
    const opts = { capture: true } as const;
    w.addEventListener('keydown', this.onKeyDown, opts);
    w.addEventListener('click', this.onClick, opts);
    w.addEventListener('submit', this.onSubmit, opts);
    w.addEventListener('input', this.onInput, opts);
    w.addEventListener('compositionend', this.onCompositionEnd, opts);
    w.addEventListener('focusin', this.onFocusIn, opts);
    w.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    w.addEventListener('resize', this.onScroll, { passive: true });
    this.observe(this.doc);
    this.scheduleScan(0);
    this.rootPoll = setInterval(() => this.checkNewRoots(), ROOT_POLL_MS);
    // A new failure or warning in the adapter (e.g. text but no send control) reaches the popup.
    this.unsubscribeHealth = this.adapter.subscribe(() => this.scheduleHealth());
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const w = this.win;
    w.removeEventListener('keydown', this.onKeyDown, true);
    w.removeEventListener('click', this.onClick, true);
    w.removeEventListener('submit', this.onSubmit, true);
    w.removeEventListener('input', this.onInput, true);
    w.removeEventListener('compositionend', this.onCompositionEnd, true);
    w.removeEventListener('focusin', this.onFocusIn, true);
    clearInterval(this.rootPoll);
    w.removeEventListener('scroll', this.onScroll, true);
    w.removeEventListener('resize', this.onScroll);
    for (const o of this.observers) o.disconnect();
    this.unsubscribeHealth();
    clearTimeout(this.scanTimer);
    clearTimeout(this.healthTimer);
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.groups.dispose();
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    const observer = new MutationObserver((records) => {
      // No work here: only decide whether a scan is worth scheduling. Typing inside a known
      // composer changes nothing we scan for.
      for (const r of records) {
        if (!this.insideEditor(r.target)) {
          this.scheduleScan();
          return;
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-checked', 'aria-label', 'open', 'disabled', 'aria-disabled', 'hidden'] });
    this.observers.push(observer);
    // submit does not cross shadow boundaries: listen inside the root too.
    if (root instanceof ShadowRoot) root.addEventListener('submit', this.onSubmit, true);
  }

  /** Scan when the adapter names a shadow root we do not observe yet. */
  private checkNewRoots(): void {
    if (!this.active) return;
    try {
      if (this.adapter.shadowRoots(this.doc).some((r) => !this.observed.has(r))) this.scan();
    } catch (err) {
      this.onError('roots', err);
    }
  }

  private insideEditor(node: Node): boolean {
    for (const editor of this.sessions.keys()) if (editor.contains(node)) return true;
    return false;
  }

  scheduleScan(delay = SCAN_DELAY_MS): void {
    if (this.stopped || this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, delay);
  }

  /** A scan is due but has not run yet (the page changed within the last few milliseconds). */
  private scanNowIfPending(): boolean {
    if (this.scanTimer === undefined) return false;
    clearTimeout(this.scanTimer);
    this.scanTimer = undefined;
    this.scan();
    return true;
  }

  /** Find composers and dialogs; start and end sessions. */
  scan(): void {
    if (this.stopped) return;
    try {
      const active = this.active;
      const roots: (Document | ShadowRoot)[] = [this.doc];
      for (const r of this.adapter.shadowRoots(this.doc)) {
        this.observe(r);
        roots.push(r);
      }
      const found = new Set<HTMLElement>();
      if (active) {
        for (const root of roots) {
          for (const composer of this.adapter.findComposers(root)) {
            found.add(composer.editor);
            if (!this.sessions.has(composer.editor)) this.sessions.set(composer.editor, new ComposerSession(composer, this.sessionHost()));
          }
        }
      }
      for (const [editor, session] of this.sessions) {
        if (!found.has(editor) || !editor.isConnected) {
          session.dispose();
          this.sessions.delete(editor);
        } else {
          session.position();
        }
      }
      this.groups.scan(active && this.settings.groupGuard ? roots : []);
    } catch (err) {
      this.onError('scan', err);
    }
    this.scheduleHealth();
  }

  // ------------------------------------------------------------------ health

  private scheduleHealth(): void {
    if (this.stopped || this.healthTimer !== undefined) return;
    this.healthTimer = setTimeout(() => {
      this.healthTimer = undefined;
      this.reportHealth();
    }, HEALTH_DELAY_MS);
  }

  health(): Health {
    const s = this.settings;
    const reasons: string[] = [];
    if (s.sites[this.adapter.site] === false) reasons.push('site-off');
    if ((s.pausedUntil[this.adapter.site] ?? 0) > Date.now()) reasons.push('paused');
    if (this.active && this.sessions.size === 0 && this.groups.count === 0) reasons.push('nothing-found');
    const adapter = this.adapter.health();
    return {
      site: this.adapter.site,
      url: this.win.location.href.slice(0, 2000),
      frame: this.win === this.win.top ? 'top' : 'sub',
      active: this.active,
      reasons,
      composers: this.sessions.size,
      groupDialogs: this.groups.count,
      matched: adapter.matched.slice(0, 50),
      failures: adapter.failures.slice(0, 50),
      warnings: adapter.warnings.slice(0, 10),
      lastFinding: this.lastFinding,
      errors: [...this.errors],
    };
  }

  private reportHealth(): void {
    const h = this.health();
    const key = JSON.stringify({ ...h, lastFinding: h.lastFinding?.rule });
    if (key === this.lastHealth) return;
    this.lastHealth = key;
    this.backend.reportHealth(h);
  }

  // ------------------------------------------------------------------ interception

  private sessionFor(target: EventTarget | null): ComposerSession | null {
    if (!(target instanceof Node)) return null;
    for (const s of this.sessions.values()) if (deepContains(s.editor, target)) return s;
    return null;
  }

  /** Cancel the event before the site sees it. */
  private block(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  /** Which session's send control (or chip) the event went through, if any. */
  private controlHit(e: Event): { session: ComposerSession; path: SendPath; controls: ReturnType<SiteAdapter['sendControls']> } | null {
    for (const session of this.sessions.values()) {
      const controls = this.adapter.sendControls(session.composer);
      const button = pathHit(e, controls.buttons);
      if (button) return { session, path: { kind: 'click', el: button }, controls };
      const chipEl = pathHit(
        e,
        controls.chips.map((c) => c.el),
      );
      const chip = chipEl && controls.chips.find((c) => c.el === chipEl);
      if (chip) return { session, path: { kind: 'chip', el: chip.el, text: chip.text }, controls };
    }
    return null;
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    if (!e.isTrusted || !this.active) return;
    // Enter during IME composition (or the trailing Enter some engines send right after it) is never a send.
    if (e.isComposing || e.keyCode === 229 || performance.now() - this.lastCompositionEnd < 40) return;
    try {
      const target = deepTarget(e);
      let session = this.sessionFor(target);
      // A composer that appeared a moment ago (pasted into and sent at once): scan before judging.
      if (!session && target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA') && this.scanNowIfPending()) {
        session = this.sessionFor(target);
      }
      if (session) {
        if (e.key !== 'Enter') return;
        if (session.cardOpen) return this.block(e);
        const controls = this.adapter.sendControls(session.composer);
        const mod = e.ctrlKey || e.metaKey;
        const sends = mod ? controls.modEnterSends : !e.shiftKey && !e.altKey && controls.enterSends;
        if (sends && session.decide({ kind: 'enter', mod }, controls) === 'hold') this.block(e);
        return;
      }
      // Keyboard activation of a send control that is not a real <button> (div[role=button]).
      if (!(target instanceof Element) || !target.closest('[role="button"], button')) return;
      const hit = this.controlHit(e);
      if (hit && !(hit.path.kind === 'click' && hit.path.el instanceof HTMLButtonElement)) {
        if (hit.session.decide(hit.path, hit.controls) === 'hold') this.block(e);
      }
    } catch (err) {
      this.onError('keydown', err);
    }
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (!e.isTrusted || !this.active) return;
    try {
      // What a click opens next (a catch-up "Message" link, an "Invite" control) is the adapter's to remember.
      const target = deepTarget(e);
      if (target instanceof Element) this.adapter.noteClick(target);
      if (this.groups.onClick(e)) return this.block(e);
      let hit = this.controlHit(e);
      if (!hit && this.scanNowIfPending()) hit = this.controlHit(e);
      if (hit && hit.session.decide(hit.path, hit.controls) === 'hold') this.block(e);
    } catch (err) {
      this.onError('click', err);
    }
  };

  private readonly onSubmit = (e: Event): void => {
    if (!e.isTrusted || !this.active) return;
    try {
      const form = e.target;
      if (!(form instanceof HTMLFormElement)) return;
      for (const session of this.sessions.values()) {
        const controls = this.adapter.sendControls(session.composer);
        if (controls.form !== form) continue;
        if (session.decide({ kind: 'submit', form }, controls) === 'hold') this.block(e);
        return;
      }
    } catch (err) {
      this.onError('submit', err);
    }
  };

  /**
   * Every keystroke passes here. Sessions exist only while the guard is active (a scan disposes
   * them otherwise), so only the cheap context check remains: after an update, step aside.
   */
  private readonly onInput = (e: Event): void => {
    if (this.sessions.size === 0) return;
    if (!this.contextValid()) return this.stop();
    this.sessionFor(deepTarget(e))?.onInput();
  };

  /** Focus entering an unobserved shadow root (e.g. a modal mounted into a late root): scan now, before the user sends. */
  private readonly onFocusIn = (e: FocusEvent): void => {
    if (!this.active) return;
    const target = deepTarget(e);
    if (!(target instanceof Node)) return;
    const root = target.getRootNode();
    if (root instanceof ShadowRoot && !this.observed.has(root)) this.scan();
    else if (!this.sessionFor(target) && target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement)) this.scheduleScan(0);
  };

  private readonly onCompositionEnd = (): void => {
    this.lastCompositionEnd = performance.now();
  };

  private readonly onScroll = (): void => {
    for (const s of this.sessions.values()) s.position();
  };
}

/** Entry point used by the three content scripts. */
export function startGuard(ctx: ContentScriptContext, adapter: SiteAdapter): Guard {
  const guard = new Guard(adapter, { contextValid: () => ctx.isValid });
  guard.start();
  ctx.onInvalidated(() => guard.stop());
  ctx.addEventListener(window, 'wxt:locationchange', () => guard.scheduleScan(0));
  void loadSettings()
    .then((s) => guard.setSettings(s))
    .catch((err: unknown) => guard.onError('settings', err));
  const unwatch = watchSettings(
    (s) => guard.setSettings(s),
    (err) => guard.onError('settings', err),
  );
  ctx.onInvalidated(unwatch);
  // The diagnostic content script ("Not working here?") reads this frame through the same adapter.
  shareAdapter(adapter, window);
  void guard.loadMemory().catch((err: unknown) => guard.onError('memory', err));
  return guard;
}
