/**
 * A composer session: one per composer the adapter found. It analyses the draft when typing
 * pauses (inline cue), decides synchronously at send time whether to hold the send (pause card),
 * and releases the site's own send exactly once when the user says so.
 */
import { h } from 'preact';
import { analyzeWithRules as analyzeDraft, detectRegister, fingerprint, firstName } from '../analysis/core';
import type { DraftContext, Finding, RuleId, SendMemory } from '../analysis/types';
import { t, tr } from '../i18n';
import type { ComposerInfo, PersonRef } from '../messaging/schemas';
import type { Settings } from '../storage/settings';
import type { Composer, ComposerContext, SendControls, SiteAdapter } from '../sites/types';
import { InlineCue } from '../../components/InlineCue';
import { PauseCard } from '../../components/PauseCard';
import { cardCss, cueCss } from '../../components/styles';
import type { CueItem } from '../../components/types';
import type { GuardBackend } from './backend';
import { mountShadow, type ShadowMount } from './mount';
import { appendText, saveCaret } from './write';

/** How the user tried to send; used to re-trigger exactly that path on "Send anyway". */
export type SendPath =
  | { kind: 'click'; el: HTMLElement }
  | { kind: 'chip'; el: HTMLElement; text: string }
  | { kind: 'submit'; form: HTMLFormElement }
  | { kind: 'enter'; mod: boolean };

export interface SessionHost {
  adapter: SiteAdapter;
  backend: GuardBackend;
  settings(): Settings;
  memory(): SendMemory;
  /** Record a send in the local memory snapshot too (so the next draft sees it). */
  rememberSend(recipientKey: string, fp: ReturnType<typeof fingerprint>): void;
  onFinding(rule: RuleId): void;
  onError(where: string, err: unknown): void;
}

const TYPING_PAUSE_MS = 600;
/** A pass-through send attempt covers the click → submit → keyup events that follow it. */
const SAME_ATTEMPT_MS = 500;
/** After "Send anyway", the site's own follow-up events pass untouched. */
const RELEASE_WINDOW_MS = 1500;

export type Decision = 'pass' | 'hold';

export class ComposerSession {
  readonly composer: Composer;
  private readonly host: SessionHost;
  private cue: ShadowMount | null = null;
  private card: ShadowMount | null = null;
  private findings: Finding[] = [];
  private lastText = '';
  private expanded = false;
  private dismissedText: string | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private info: ComposerInfo | null = null;
  private infoKey = '';
  private passedAt = 0;
  private releaseUntil = 0;
  /** A card was answered with "Keep editing": the next send tells whether the draft was revised. */
  private pending: { text: string; rules: RuleId[] } | null = null;
  private disposed = false;
  private positionFrame = 0;

  constructor(composer: Composer, host: SessionHost) {
    this.composer = composer;
    this.host = host;
    this.refreshInfo();
    // Pre-filled drafts (catch-up dialog, body= links) are judged without waiting for typing.
    this.analyzeSoon(50);
  }

  get editor(): HTMLElement {
    return this.composer.editor;
  }

  get cardOpen(): boolean {
    return this.card !== null;
  }

  // ------------------------------------------------------------------ context

  private pageContext(): ComposerContext {
    return this.host.adapter.readContext(this.composer);
  }

  private person(ctx: ComposerContext): PersonRef | null {
    if (!ctx.recipient) return null;
    return { site: this.host.adapter.site, key: ctx.recipient.key, name: ctx.recipient.name };
  }

  /** Ask the background what it knows about this recipient (trusted? contacted? budget left?). */
  private refreshInfo(ctx = this.pageContext()): void {
    const person = this.person(ctx);
    const key = person ? person.key : '';
    if (key === this.infoKey) return;
    this.infoKey = key;
    this.info = null;
    if (!person) return;
    void this.host.backend.composerInfo(person).then((info) => {
      if (this.infoKey === key) this.info = info;
    });
  }

  private draftContext(ctx: ComposerContext): DraftContext {
    const settings = this.host.settings();
    const contacted = this.info?.contacted === true;
    return {
      site: this.host.adapter.site,
      surface: this.composer.surface,
      firstMessage: ctx.firstMessage === true ? !contacted : ctx.firstMessage,
      occasion: ctx.occasion,
      recipient: ctx.recipient
        ? { name: ctx.recipient.name, key: `${this.host.adapter.site}:${ctx.recipient.key}`, register: ctx.register ?? this.info?.register }
        : undefined,
      prefill: ctx.prefill,
      personalRules: settings.personalRules,
      now: Date.now(),
    };
  }

  /** The analyzer's findings, minus the checks the user switched off. */
  private analyze(text: string, ctx: ComposerContext): Finding[] {
    if (text.trim() === '') return [];
    const settings = this.host.settings();
    return analyzeDraft(text, this.draftContext(ctx), this.host.memory()).filter(
      (f) => settings.rules[f.rule] !== false && (f.rule !== 'register-switch' || settings.registerHints),
    );
  }

  /** The site's modal dialog around the composer, if any (our UI must live inside it). */
  private modalParent(): Element | null {
    return this.editor.closest('dialog[open], [aria-modal="true"]');
  }

  // ------------------------------------------------------------------ inline cue

  onInput(): void {
    this.analyzeSoon(TYPING_PAUSE_MS);
  }

  /** Judge the draft afresh (settings changed, or the site cleared the composer after a send). */
  refresh(delay = 0): void {
    this.lastText = '\u0000';
    this.analyzeSoon(delay);
  }

  private analyzeSoon(ms: number): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.updateCue(), ms);
  }

  /** Re-read the draft and update the cue. Cheap when nothing changed. */
  updateCue(): void {
    if (this.disposed) return;
    try {
      const text = this.host.adapter.readText(this.composer);
      if (text === this.lastText && this.cue?.host.isConnected !== false) {
        this.position();
        return;
      }
      this.lastText = text;
      if (text.trim() === '' && this.pending) this.cancelPending();
      const ctx = this.pageContext();
      this.refreshInfo(ctx);
      this.findings = this.info?.trusted ? [] : this.analyze(text, ctx);
      for (const f of this.findings) this.host.onFinding(f.rule);
      if (this.dismissedText !== null && text !== this.dismissedText) this.dismissedText = null;
      this.renderCue();
    } catch (err) {
      this.host.onError('cue', err);
    }
  }

  private cueItems(text: string, findings: Finding[]): CueItem[] {
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

  private renderCue(): void {
    const visible = this.findings.length > 0 && this.dismissedText === null && !this.card;
    if (!this.cue) {
      if (!visible) return;
      this.cue = mountShadow(this.editor.ownerDocument, 'cue', cueCss, this.modalParent());
    }
    this.cue.ensureAttached();
    const items = visible ? this.cueItems(this.lastText, this.findings) : [];
    this.cue.render(
      h(InlineCue, {
        items,
        expanded: this.expanded,
        onToggle: () => {
          this.expanded = !this.expanded;
          this.renderCue();
        },
        onDismiss: () => {
          this.dismissedText = this.lastText;
          this.expanded = false;
          this.renderCue();
          this.editor.focus();
        },
      }),
    );
    this.position();
  }

  /** Keep the cue just above the composer's top-right corner (below it when there is no room). */
  position(): void {
    if (!this.cue || this.positionFrame) return;
    const win = this.editor.ownerDocument.defaultView;
    if (!win) return;
    this.positionFrame = win.requestAnimationFrame(() => {
      this.positionFrame = 0;
      if (!this.cue) return;
      const r = this.editor.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      const box = this.cue.host.getBoundingClientRect();
      const height = box.height || 40;
      const width = Math.min(box.width || 320, win.innerWidth - 16);
      const above = r.top - height - 6;
      const top = above >= 4 ? above : Math.min(r.bottom + 6, win.innerHeight - height - 4);
      const left = Math.max(8, Math.min(r.right - width, win.innerWidth - width - 8));
      this.cue.setStyle({ top: `${Math.round(top)}px`, left: `${Math.round(left)}px`, display: hidden ? 'none' : 'block', maxWidth: `${Math.max(200, win.innerWidth - 16)}px` });
    });
  }

  // ------------------------------------------------------------------ send time

  /**
   * Called synchronously from the capture-phase listener. Must be fast, must never throw to the
   * page, and returns 'hold' only when the caller should cancel the event.
   */
  decide(path: SendPath, controls: SendControls): Decision {
    const now = Date.now();
    if (this.card) return 'hold'; // one prompt per send attempt: the card is already asking
    if (now < this.releaseUntil) return 'pass';
    if (now - this.passedAt < SAME_ATTEMPT_MS) return 'pass';
    const text = path.kind === 'chip' ? path.text : this.host.adapter.readText(this.composer);
    if (text.trim() === '') return 'pass';
    const ctx = this.pageContext();
    this.refreshInfo(ctx);
    const findings = this.info?.trusted ? [] : this.analyze(text, ctx);
    for (const f of findings) this.host.onFinding(f.rule);
    const settings = this.host.settings();
    const holding = findings.filter((f) => f.severity === 'warn' && f.confidence >= settings.sensitivity);
    const budgetLeft = this.info ? this.info.budgetLeft : settings.dailyBudget;
    if (holding.length === 0 || budgetLeft <= 0) {
      this.passedAt = now;
      const outcome = this.pending ? (this.changed(text) ? 'revised' : 'sent-as-is') : findings.some((f) => f.severity === 'warn') ? 'sent-as-is' : 'clean';
      this.pending = null;
      this.recordSend(text, ctx, outcome, findings);
      this.refresh(TYPING_PAUSE_MS);
      return 'pass';
    }
    this.openCard(path, controls, text, ctx, findings, holding);
    return 'hold';
  }

  private changed(text: string): boolean {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    return this.pending !== null && norm(this.pending.text) !== norm(text);
  }

  /** Tell the background what was sent: a fingerprint (never the text), the register, the outcome. */
  private recordSend(text: string, ctx: ComposerContext, outcome: 'clean' | 'sent-as-is' | 'revised', findings: Finding[]): void {
    const rules = [...new Set(findings.map((f) => f.rule))];
    const person = this.person(ctx);
    if (!person) {
      // Nobody to remember: only the day's numbers change.
      this.host.backend.recordSend({ fingerprint: { minhash: [], size: 0 }, outcome, rules });
      return;
    }
    // The recipient's name is left out, so "same text, names swapped" still matches (as in the CLI).
    const fp = fingerprint(text, { names: [person.name] });
    this.host.rememberSend(`${person.site}:${person.key}`, fp);
    this.host.backend.recordSend({ person, fingerprint: fp, register: detectRegister(text), outcome, rules });
    if (this.info) this.info = { ...this.info, contacted: true };
  }

  /** A "Keep editing" that never led to a send: the draft was emptied or the composer closed. */
  private cancelPending(): void {
    if (!this.pending) return;
    this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'cancelled', rules: this.pending.rules });
    this.pending = null;
  }

  // ------------------------------------------------------------------ pause card

  private openCard(path: SendPath, controls: SendControls, text: string, ctx: ComposerContext, findings: Finding[], holding: Finding[]): void {
    const site = this.host.adapter.site;
    const rules = [...new Set(holding.map((f) => f.rule))];
    const restoreCaret = saveCaret(this.composer);
    const shownToday = (this.info?.promptsToday ?? 0) + 1;
    if (this.info) this.info = { ...this.info, budgetLeft: this.info.budgetLeft - 1, promptsToday: shownToday };
    this.host.backend.recordPrompt({ site, outcome: 'shown', rules });

    const top = holding[0];
    const items = this.cueItems(text, [...holding, ...findings.filter((f) => !holding.includes(f))]);
    const questions = (top?.questions ?? []).map(tr);
    const person = this.person(ctx);
    const variant = (new Date().getDate() + shownToday) % 3;

    const close = () => {
      this.card?.remove();
      this.card = null;
      this.renderCue();
    };
    const release = (outcome: 'sent-as-is') => {
      close();
      this.pending = null;
      this.recordSend(text, ctx, outcome, findings);
      this.refresh(TYPING_PAUSE_MS);
      this.releaseUntil = Date.now() + RELEASE_WINDOW_MS;
      this.passedAt = Date.now();
      try {
        this.retrigger(path, controls);
      } catch (err) {
        this.host.onError('release', err);
      }
    };

    this.card = mountShadow(this.editor.ownerDocument, 'pause-card', cardCss, this.modalParent());
    this.card.setStyle({ inset: '0', width: '100vw', height: '100vh' });
    // The card replaces the cue while it is open.
    this.renderCue();
    this.card.render(
      h(PauseCard, {
        recipientName: firstName(ctx.recipient?.name),
        items,
        questions,
        variant,
        shownToday,
        onSendAnyway: () => release('sent-as-is'),
        onKeepEditing: () => {
          close();
          this.pending = { text, rules };
          restoreCaret();
        },
        onNotForPerson: person
          ? () => {
              void this.host.backend.recordChoice({ kind: 'trust-person', person });
              if (this.info) this.info = { ...this.info, trusted: true };
              release('sent-as-is');
            }
          : undefined,
        onNeverForRule: () => {
          for (const rule of rules) void this.host.backend.recordChoice({ kind: 'disable-rule', rule });
          release('sent-as-is');
        },
        onInsert: async (line: string) => {
          const ok = await appendText(this.composer, line, () => this.host.adapter.readText(this.composer));
          if (ok) {
            close();
            this.pending = { text, rules };
            this.updateCue();
          }
          return ok;
        },
      }),
    );
  }

  /** Re-trigger the site's own send, exactly the way the user tried it, once. */
  private retrigger(path: SendPath, controls: SendControls): void {
    const editor = this.editor;
    switch (path.kind) {
      case 'click':
      case 'chip':
        path.el.click();
        return;
      case 'submit': {
        const button = controls.buttons.find((b) => b instanceof HTMLButtonElement && b.form === path.form);
        if (button) button.click();
        else path.form.requestSubmit();
        return;
      }
      case 'enter': {
        editor.focus();
        const init: KeyboardEventInit & { keyCode: number; which: number } = {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          which: 13,
          bubbles: true,
          cancelable: true,
          composed: true,
          ctrlKey: path.mod && !/Mac/.test(navigator.platform),
          metaKey: path.mod && /Mac/.test(navigator.platform),
        };
        editor.dispatchEvent(new KeyboardEvent('keydown', init));
        editor.dispatchEvent(new KeyboardEvent('keyup', init));
      }
    }
  }

  /** Forget the session: remove our UI; count an unanswered "keep editing" as cancelled. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.typingTimer);
    this.cancelPending();
    this.cue?.remove();
    this.card?.remove();
    this.cue = null;
    this.card = null;
  }
}
