/**
 * A composer session: one per composer the adapter found. It asks the background to judge the
 * draft as it changes (JudgeClient), shows the inline cue when typing pauses, decides
 * synchronously at send time (decide.ts) and acts on the verdict: let it through and record it,
 * or hold it and open the pause card (whose events come back here: CardEvents).
 */
import type { Finding } from '../../analysis/types';
import type { Composer, ComposerContext } from '../../sites/types';
import type { RuntimeHost } from '../features';
import type { Lifetime } from '../lifetime';
import { PauseCardController, type CardEvents } from './card';
import { personRef, sendEvent } from './context';
import { CueView } from './cue';
import { decide, normalised, SendState, type Answered, type SendOutcome, type Verdict } from './decide';
import { DraftReader, type Draft } from './draft';
import type { PromptFatigue } from './fatigue';
import type { JudgeClient } from './judge';
import type { RecipientInfo } from './recipient';
import { currentPath, retrigger, type SendPath } from './release';
import { chooseCardVariant } from './variant';
import { WordsWait } from './wait';
import type { ThreadReporter } from './thread';
import { runtimeCues } from './unanswered';

const TYPING_PAUSE_MS = 600;

export class ComposerSession implements CardEvents {
  card: PauseCardController | null = null;
  private readonly drafts: DraftReader;
  private readonly cue: CueView;
  private cancelTyping: (() => void) | null = null;
  private readonly state = new SendState();
  private readonly wait: WordsWait;

  /**
   * `fatigue`: the guard's prompt fatigue (which holding rules stay quiet for a draft); `thread`: its
   * composer's thread reads; `words`: the word lists' request while it is on its way.
   */
  constructor(
    readonly composer: Composer,
    private readonly host: RuntimeHost,
    private readonly life: Lifetime,
    private readonly fatigue: PromptFatigue,
    thread: ThreadReporter,
    words: () => Promise<void> | null = () => null,
  ) {
    this.wait = new WordsWait(life, words);
    this.cue = new CueView(composer, life, () => this.modalParent(), () => host.adapter.sendControls(composer));
    this.drafts = new DraftReader(composer, host, life, thread, () => this.refresh());
    // Pre-filled drafts (catch-up dialog, body= links) are judged without waiting for typing;
    // an empty composer costs nothing until the user types.
    this.analyzeSoon(50);
    this.judge.poke();
  }

  get editor(): HTMLElement {
    return this.composer.editor;
  }

  get judge(): JudgeClient {
    return this.drafts.judge;
  }

  private get recipient(): RecipientInfo {
    return this.drafts.recipient;
  }

  /** The site's modal dialog around the composer, if any (our UI must live inside it). */
  private modalParent(): Element | null {
    return this.editor.closest('dialog[open], [aria-modal="true"]');
  }

  // ------------------------------------------------------------------ typing: the cue

  onInput(): void {
    this.judge.poke();
    this.analyzeSoon(TYPING_PAUSE_MS);
  }

  /** Judge the draft afresh (settings changed, a verdict arrived, the site cleared the composer). */
  refresh(delay = 0): void {
    this.cue.reset();
    this.analyzeSoon(delay);
  }

  /** Remembered data changed in the background: what we knew may be stale. */
  forget(): void {
    this.recipient.forget();
    this.judge.forget();
    this.refresh();
  }

  private analyzeSoon(ms: number): void {
    this.cancelTyping?.();
    this.cancelTyping = this.life.timeout(() => this.updateCue(), ms);
  }

  /** Re-read the draft and update the cue. Cheap when nothing changed. */
  updateCue(): void {
    if (this.life.aborted) return;
    try {
      const text = this.host.adapter.readText(this.composer);
      if (!this.cue.changed(text)) return this.cue.position();
      this.state.draftIs(text);
      if (text.trim() === '') {
        this.cancelPending();
        return this.cue.show(text, [], this.card !== null);
      }
      const draft = this.drafts.read(text);
      this.judge.poke();
      this.cue.show(text, this.drafts.findings(draft), this.card !== null, runtimeCues(draft.text, draft.req.context, this.recipient.trusted, this.host.settings()));
    } catch (err) {
      this.host.onError('cue', err);
    }
  }

  position(): void {
    this.cue.position();
  }

  /** Tab in the composer: on to the cue's badge when one shows (true), else the page's own order. */
  focusCue(): boolean {
    return this.card === null && this.cue.focusBadge();
  }

  // ------------------------------------------------------------------ send time

  /** Whether a card is open and on screen: put back if the page removed it, dropped if it cannot be. */
  cardShowing(): boolean {
    if (this.card?.ensureAttached()) return true;
    if (this.card) this.lost(this.card);
    return false;
  }

  /** Called synchronously from the interceptor; true = cancel the event before the site sees it. */
  attempt(path: SendPath): boolean {
    if (this.wait.busy) return true; // a second click while the first waits for the words: one send
    const { verdict, read } = this.decide(path);
    // read() is the draft as decide() read it now (memoised): what the user meant to send.
    if (this.wait.hold(path, verdict, () => this.afterWords(path, read().text))) return true;
    return this.act(verdict, path, read);
  }

  private decide(path: SendPath): { verdict: Verdict; read: () => Draft } {
    let draft: Draft | undefined;
    const read = () => (draft ??= this.drafts.read(path.kind === 'chip' ? path.text : undefined));
    // A card is asking: unless the page took it away for good, this attempt is part of it.
    const card = this.card ? (this.cardShowing() ? 'open' : 'lost') : this.state.cardLost ? 'lost' : 'none';
    const { sensitivity, dailyBudget } = this.host.settings();
    const { releaseUntil, passedAt, approved, pending } = this.state;
    const now = Date.now();
    const quiet = this.fatigue.quietFor(() => this.recipient.info, () => personRef(this.host.adapter.site, read().ctx.recipient), () => read().text, now);
    const verdict = decide({ now, text: () => read().text, findings: () => this.drafts.findings(read()), sensitivity, budgetLeft: this.recipient.budgetLeft(dailyBudget), card, releaseUntil, passedAt, approved, pending, quiet });
    return { verdict, read };
  }

  /** The word lists came (or the wait ran out): decide the held click again; unless it is held now, send it the site's own way. */
  private afterWords(path: SendPath, text: string): void {
    try {
      const controls = this.host.adapter.sendControls(this.composer);
      const now = currentPath(path, controls);
      if (!now) return; // the site took its control away meanwhile: nothing to send with
      // Written on meanwhile: the user is still writing, not sending (a chip's text cannot change).
      if (now.kind !== 'chip' && normalised(this.host.adapter.readText(this.composer)) !== normalised(text)) return;
      const { verdict, read } = this.decide(now);
      if (this.act(verdict, now, read)) return; // held: the card asks
      retrigger(now, controls, this.editor);
    } catch (err) {
      this.host.onError('send', err);
    }
  }

  /** Do what the verdict says. */
  private act(verdict: Verdict, path: SendPath, read: () => Draft): boolean {
    if (verdict.kind === 'block') return true;
    if (verdict.kind === 'pass') return false;
    const draft = read();
    if (verdict.kind === 'send') {
      this.recordSend(draft.text, draft.ctx, verdict.outcome, verdict.findings, verdict.card);
      return false;
    }
    const { site } = this.host.adapter;
    const now = Date.now();
    const person = personRef(site, draft.ctx.recipient);
    const shownToday = this.recipient.shown();
    const variant = chooseCardVariant({ site, person, rules: verdict.holding.map((f) => f.rule), info: this.recipient.info, shownToday, now });
    const held = { text: draft.text, ctx: draft.ctx, path, person, recipientName: draft.ctx.recipient?.name, findings: verdict.findings, holding: verdict.holding, shownToday, variant };
    this.card = new PauseCardController(this.host.adapter, this.host.backend, this.composer, held, this, this.modalParent());
    this.host.backend.recordPrompt({ site, outcome: 'shown', rules: this.card.rules, ...this.recipient.cardShown(this.card.rules, this.fatigue.shown(draft.text, person), now) });
    this.cue.redraw(true); // the card replaces the cue while it is open
    return true;
  }

  private recordSend(text: string, ctx: ComposerContext, outcome: SendOutcome, findings: Finding[], card?: Answered): void {
    this.state.passed(Date.now());
    this.host.backend.recordSend({ ...sendEvent(this.host.adapter.site, text, ctx, outcome, findings), ...(card ? { card } : {}) });
    if (ctx.recipient) this.recipient.update({ contacted: true });
    this.refresh(TYPING_PAUSE_MS);
  }

  /** A "Keep editing" that never led to a send: the draft was emptied or the composer closed. */
  private cancelPending(): void {
    if (!this.state.pending) return;
    this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'cancelled', rules: this.state.pending.rules });
    this.state.pending = null;
  }

  // ------------------------------------------------------------------ what the card tells us

  releasing = (): void => this.state.releasing(Date.now());

  sent(card: PauseCardController): void {
    this.recordSend(card.held.text, card.held.ctx, 'sent-as-is', card.held.findings, { rules: card.rules, via: 'send-anyway' });
  }

  editing(card: PauseCardController): void {
    this.state.pending = { text: card.held.text, rules: card.rules };
    this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'kept-editing', rules: card.rules });
    this.updateCue();
  }

  notSent = (card: PauseCardController): void => this.state.notSent(card.held.text, card.rules);

  trusted = (): void => this.recipient.update({ trusted: true });

  lost(card: PauseCardController): void {
    if (this.card !== card) return;
    this.host.onError('card', new Error('the page removed the pause card: the send goes through'));
    card.remove();
    this.card = null;
    this.state.cardLost = true;
    this.cue.redraw(false);
  }

  closed(card: PauseCardController): void {
    if (this.card === card) this.card = null;
    this.cue.redraw(false);
  }

  onError = (where: string, err: unknown): void => this.host.onError(where, err);

  /** The composer went away: our UI goes, an unanswered "Keep editing" is cancelled. The runtime ended: a card stays. */
  end(why: 'gone' | 'runtime'): void {
    this.cancelPending();
    if (why === 'gone') this.card?.remove();
    this.cue.remove();
  }
}
