/**
 * The cue of one composer: a badge at the composer's corner (placed where it covers neither the
 * draft's text nor anything of the page but the composer), a compact popover on demand, and the
 * triggering words marked in place while it is open. The popover never covers the composer's send
 * controls: a click on Send with it open reaches Send (and is guarded as usual). Mounted on demand into a closed shadow
 * root; hidden while a card is open or after the user hid it for this draft. Keyboard path:
 * Tab from the composer reaches the badge (the interceptor asks `focusBadge`), Enter opens the
 * popover, Escape goes back.
 */
import { h } from 'preact';
import type { Finding } from '../../analysis/types';
import { InlineCue, type Box, type CueLayout } from '../../../components/InlineCue';
import { cueCss } from '../../../components/styles';
import type { CueItem, Theme } from '../../../components/types';
import { t, tr, uiLanguage } from '../../i18n';
import type { Composer, SendControls } from '../../sites/types';
import { draftTextRects, nextTabbable, onlyComposerAt, sendRects, wordRects } from '../geometry';
import type { Lifetime } from '../lifetime';
import { mountShadow, type ShadowMount } from '../mount';
import { BADGE, placeBadge, placePopover } from '../place';
import { pageTheme } from '../theme';
import { saveCaret } from '../write';
import { DAY_MS } from '../../time';

/**
 * A long silence named as the story tells it: "You and Anna last wrote to each other in
 * March 2023 — …" (month and year in the browser's language), when the analyzer knows the name.
 */
function silenceDetail(f: Finding, now: number): string | undefined {
  const days = f.data?.silenceDays;
  const name = f.data?.name;
  const ask = f.data?.ask;
  if (typeof days !== 'number' || typeof name !== 'string' || !name || typeof ask !== 'string') return undefined;
  try {
    const month = new Intl.DateTimeFormat(uiLanguage(), { month: 'long', year: 'numeric' }).format(new Date(now - days * DAY_MS));
    return t('composer_silence_named', name, month, ask);
  } catch {
    return undefined;
  }
}

/** Findings as the UI shows them: translated, with the words that triggered them. */
export function cueItems(text: string, findings: readonly Finding[], now = Date.now()): CueItem[] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    title: t(`composer_rule_${f.rule.replace(/-/g, '_')}` as 'composer_rule_templated_greeting'),
    words: [...new Set(f.spans.map(([a, b]) => text.slice(a, b).trim()).filter(Boolean))].slice(0, 5),
    detail: silenceDetail(f, now) ?? tr(f.message),
    questions: f.questions.map(tr),
    note: typeof f.data?.note === 'string' ? f.data.note : undefined,
    spans: f.spans.map(([a, b]) => [a, b] as [number, number]),
  }));
}

const NO_LAYOUT: CueLayout = { badge: null, pop: null, marks: [] };
const box = (r: { left: number; top: number; right: number; bottom: number }): Box => ({ left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.right - r.left), height: Math.round(r.bottom - r.top) });

export class CueView {
  private mount: ShadowMount | null = null;
  private open = false;
  private cancelFrame: (() => void) | null = null;
  private text = '\u0000';
  private findings: readonly Finding[] = [];
  private items: CueItem[] = [];
  private hidden = false;
  /** Cues of the runtime's own, shown after the findings (information only). */
  private extra: readonly CueItem[] = [];
  private dismissed: string | null = null;
  private theme: Theme = 'auto';
  private layout: CueLayout = NO_LAYOUT;
  private restoreCaret: (() => void) | null = null;
  private readonly editor: HTMLElement;

  constructor(
    private readonly composer: Composer,
    private readonly life: Lifetime,
    private readonly parent: () => Element | null,
    /** The composer's send controls (buttons, quick-reply chips): the popover never covers them. */
    private readonly sendControls: () => Pick<SendControls, 'buttons' | 'chips'> = () => ({ buttons: [], chips: [] }),
  ) {
    this.editor = composer.editor;
    life.onAbort(() => this.remove());
  }

  /** Whether the draft differs from what the cue shows (or the page removed the cue). */
  changed(text: string): boolean {
    return text !== this.text || this.mount?.host.isConnected === false;
  }

  /** Forget what was shown: the next update judges afresh. */
  reset(): void {
    this.text = '\u0000';
  }

  /** Show these findings for this text (none, or `hidden`: an empty live region, so the change is still announced). */
  show(text: string, findings: readonly Finding[], hidden: boolean, extra: readonly CueItem[] = []): void {
    this.text = text;
    this.findings = findings;
    this.extra = extra;
    if (this.dismissed !== null && text !== this.dismissed) this.dismissed = null;
    this.redraw(hidden);
  }

  redraw(hidden: boolean): void {
    if (this.life.aborted) return;
    this.hidden = hidden;
    this.items = hidden || this.dismissed !== null ? [] : [...cueItems(this.text, this.findings), ...this.extra];
    if (!this.mount) {
      if (this.items.length === 0) return;
      this.mount = mountShadow(this.editor.ownerDocument, 'cue', cueCss, this.parent());
    }
    this.mount.ensureAttached();
    if (this.items.length === 0) {
      this.open = false;
      this.layout = NO_LAYOUT;
    }
    this.theme = pageTheme(this.editor);
    this.render();
    this.position();
  }

  private render(): void {
    this.mount?.render(
      h(InlineCue, {
        items: this.items,
        open: this.open,
        theme: this.theme,
        layout: this.layout,
        onToggle: () => {
          this.open = !this.open;
          if (this.open) this.dismissOnOutsidePress();
          this.render();
          this.position();
        },
        onDismiss: () => {
          this.open = false;
          this.dismissed = this.text;
          this.redraw(this.hidden);
          this.back();
        },
        onLeave: (direction) => {
          if (this.open) {
            this.open = false;
            this.render();
            this.position();
          }
          if (direction === 'back') this.back();
          else (nextTabbable(this.editor) ?? this.editor).focus();
        },
      }),
    );
  }

  /** A press anywhere outside our UI closes the popover (it covers part of the page while open). */
  private dismissOnOutsidePress(): void {
    const doc = this.editor.ownerDocument;
    const off = new AbortController();
    this.life.onAbort(() => off.abort());
    doc.addEventListener(
      'pointerdown',
      (e) => {
        if (this.mount && e.composedPath().includes(this.mount.host)) return;
        off.abort();
        if (!this.open) return;
        this.open = false;
        this.render();
        this.position();
      },
      { capture: true, signal: off.signal },
    );
  }

  /** Keyboard: Tab in the composer moves to the badge when one shows; false when there is none. */
  focusBadge(): boolean {
    if (!this.mount || this.items.length === 0 || !this.layout.badge) return false;
    this.restoreCaret = saveCaret(this.composer);
    this.mount.focus('.badge');
    return true;
  }

  /** Back to the composer, with the caret where it was. */
  private back(): void {
    const restore = this.restoreCaret;
    this.restoreCaret = null;
    if (restore) restore();
    else this.editor.focus();
  }

  /** Place the badge, the popover and the marks for the composer as it is now (once per frame). */
  position(): void {
    const win = this.editor.ownerDocument.defaultView;
    if (!this.mount || this.cancelFrame || !win) return;
    this.cancelFrame = this.life.frame(win, () => {
      this.cancelFrame = null;
      const mount = this.mount;
      if (!mount || this.life.aborted) return;
      const next = this.items.length === 0 ? NO_LAYOUT : this.measure(mount, win);
      if (JSON.stringify(next) === JSON.stringify(this.layout)) return;
      this.layout = next;
      this.render();
      // The popover was drawn off-screen to be measured: place it now.
      if (this.open && next.pop === null && next.badge) this.position();
    });
  }

  private measure(mount: ShadowMount, win: Window): CueLayout {
    const r = this.editor.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return NO_LAYOUT;
    const view = { width: win.innerWidth, height: win.innerHeight };
    // Outside the top layer (no popover support), fixed positions count from a transformed ancestor.
    const layer = mount.query('.layer');
    const origin = layer?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const text = draftTextRects(this.editor, mount.scratch());
    const spot = placeBadge(r, text, view, (rect) => onlyComposerAt(this.editor, rect, mount.host));
    if (!spot) return NO_LAYOUT;
    const badge = { left: Math.round(spot.left - origin.left), top: Math.round(spot.top - origin.top) };
    let pop: CueLayout['pop'] = null;
    let marks: Box[] = [];
    if (this.open) {
      const el = mount.query('.pop');
      const size = el ? { width: el.offsetWidth, height: el.scrollHeight } : null;
      if (size && size.width > 0) {
        const p = placePopover({ left: spot.left, top: spot.top, right: spot.left + BADGE, bottom: spot.top + BADGE }, size, view, sendRects(this.sendControls), text);
        pop = { left: Math.round(p.left - origin.left), top: Math.round(p.top - origin.top), maxHeight: Math.round(p.maxHeight) };
      }
      marks = wordRects(this.editor, this.items[0]?.words ?? []).map((m) => box({ left: m.left - origin.left, top: m.top - origin.top, right: m.right - origin.left, bottom: m.bottom - origin.top }));
    }
    return { badge, pop, marks };
  }

  remove(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.mount?.remove();
    this.mount = null;
  }
}
