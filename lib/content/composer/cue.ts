/**
 * The inline cue beside (never inside) a composer: mounted on demand into a closed shadow root,
 * kept above the composer's top-right corner, hidden while a card is open or after the user
 * dismissed it for this draft.
 */
import { h } from 'preact';
import type { Finding } from '../../analysis/types';
import { InlineCue } from '../../../components/InlineCue';
import { cueCss } from '../../../components/styles';
import type { CueItem } from '../../../components/types';
import { t, tr } from '../../i18n';
import type { Lifetime } from '../lifetime';
import { mountShadow, type ShadowMount } from '../mount';

/** Findings as the UI shows them: translated, with the words that triggered them. */
export function cueItems(text: string, findings: readonly Finding[]): CueItem[] {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    title: t(`composer_rule_${f.rule.replace(/-/g, '_')}` as 'composer_rule_templated_greeting'),
    words: [...new Set(f.spans.map(([a, b]) => text.slice(a, b).trim()).filter(Boolean))].slice(0, 5),
    detail: tr(f.message),
    questions: f.questions.map(tr),
    note: typeof f.data?.note === 'string' ? f.data.note : undefined,
  }));
}

/** The cue of one composer: what it last showed, for which text, and whether the user hid it. */
export class CueView {
  private mount: ShadowMount | null = null;
  private expanded = false;
  private cancelFrame: (() => void) | null = null;
  private text = '\u0000';
  private findings: readonly Finding[] = [];
  /** Cues of the runtime's own, shown after the findings (information only). */
  private extra: readonly CueItem[] = [];
  private dismissed: string | null = null;
  private readonly editor: HTMLElement;
  private readonly life: Lifetime;
  private readonly parent: () => Element | null;

  constructor(editor: HTMLElement, life: Lifetime, parent: () => Element | null) {
    this.editor = editor;
    this.life = life;
    this.parent = parent;
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
    const items = hidden || this.dismissed !== null ? [] : [...cueItems(this.text, this.findings), ...this.extra];
    if (!this.mount) {
      if (items.length === 0) return;
      this.mount = mountShadow(this.editor.ownerDocument, 'cue', cueCss, this.parent());
    }
    this.mount.ensureAttached();
    if (items.length === 0) this.expanded = false;
    this.mount.render(
      h(InlineCue, {
        items,
        expanded: this.expanded,
        onToggle: () => {
          this.expanded = !this.expanded;
          this.redraw(hidden);
        },
        onDismiss: () => {
          this.expanded = false;
          this.dismissed = this.text;
          this.redraw(hidden);
          this.editor.focus();
        },
      }),
    );
    this.position();
  }

  /** Keep the cue just above the composer's top-right corner (below it when there is no room). */
  position(): void {
    const win = this.editor.ownerDocument.defaultView;
    if (!this.mount || this.cancelFrame || !win) return;
    this.cancelFrame = this.life.frame(win, () => {
      this.cancelFrame = null;
      if (!this.mount) return;
      const r = this.editor.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      const box = this.mount.host.getBoundingClientRect();
      const height = box.height || 40;
      const width = Math.min(box.width || 320, win.innerWidth - 16);
      const above = r.top - height - 6;
      const top = above >= 4 ? above : Math.min(r.bottom + 6, win.innerHeight - height - 4);
      const left = Math.max(8, Math.min(r.right - width, win.innerWidth - width - 8));
      this.mount.setStyle({ top: `${Math.round(top)}px`, left: `${Math.round(left)}px`, display: hidden ? 'none' : 'block', maxWidth: `${Math.max(200, win.innerWidth - 16)}px` });
    });
  }

  remove(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.mount?.remove();
    this.mount = null;
  }
}
