/**
 * The decision at send time, separated from acting on it: given what the session knows, return a
 * verdict; ComposerSession.act does what it says. Synchronous and pure (the findings come in as a
 * thunk, so a send that is part of an open card or a release never pays for an analysis).
 */
import type { Finding, RuleId } from '../../analysis/types';

/** A pass-through send attempt covers the click → submit → keyup events that follow it. */
export const SAME_ATTEMPT_MS = 500;
/** After "Send anyway", the site's own follow-up events pass untouched. */
export const RELEASE_WINDOW_MS = 1500;

export type SendOutcome = 'clean' | 'sent-as-is' | 'revised' | 'unheld';

export interface DecideInput {
  now: number;
  /** The draft (or the chip's text), read only when needed. */
  text: () => string;
  /** The analyzer's findings minus the checks the user switched off (empty for trusted people). */
  findings: () => Finding[];
  sensitivity: number;
  budgetLeft: number;
  /** 'open': a card is showing (or was put back); 'lost': the page removed it for good and we dropped it. */
  card: 'none' | 'open' | 'lost';
  /** Until then the site's own follow-up events of a released send pass untouched. */
  releaseUntil: number;
  /** When the last attempt was let through. */
  passedAt: number;
  /** Text the user chose to send on a card whose release could not be confirmed ("press Send again"), and that card's rules. */
  approved: { text: string; rules: RuleId[] } | null;
  /** A card answered with "Keep editing": the next send tells whether the draft was revised. */
  pending: { text: string; rules: RuleId[] } | null;
  /**
   * Prompt fatigue (./fatigue.ts): whether a rule that would hold this send stays quiet — toned
   * down, or the same card for the same person and draft within the period. Then the badge marks
   * it and the send is not held.
   */
  quiet?: (rule: RuleId) => boolean;
}

/** The card a send answers: by "Send anyway", or after "Keep editing". */
export interface Answered {
  rules: RuleId[];
  via: 'send-anyway' | 'keep-editing';
}

export type Verdict =
  /** Part of an open card's attempt: cancel it. */
  | { kind: 'block' }
  /** Let it through; nothing to record. */
  | { kind: 'pass' }
  /** Let it through and record the send (and the card it answers, if any). */
  | { kind: 'send'; outcome: SendOutcome; findings: Finding[]; card?: Answered }
  /** Cancel it and open the pause card for these findings. */
  | { kind: 'hold'; holding: Finding[]; findings: Finding[] };

export const normalised = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A fatigue check that throws holds the send (the full card: never less care than without it). */
function safely(quiet: () => boolean | undefined): boolean {
  try {
    return quiet() === true;
  } catch {
    return false;
  }
}

export function decide(i: DecideInput): Verdict {
  // The site's own events of a send we re-triggered ("Send anyway") pass, even while the card
  // waits to see the composer empty.
  if (i.card !== 'lost' && i.now < i.releaseUntil) return { kind: 'pass' };
  if (i.card === 'open') return { kind: 'block' };
  if (i.card === 'none' && i.now - i.passedAt < SAME_ATTEMPT_MS) return { kind: 'pass' };
  const text = i.text();
  if (text.trim() === '') return { kind: 'pass' };
  const findings = i.findings();
  const approved = i.approved !== null && normalised(i.approved.text) === normalised(text) ? i.approved : null;
  // The five counts mean one thing each: a card's send is 'revised' or 'sent-as-is'; a send with
  // warnings that no card held is 'unheld' (the badge only), never "sent as is".
  const outcome: SendOutcome = i.pending
    ? normalised(i.pending.text) !== normalised(text)
      ? 'revised'
      : 'sent-as-is'
    : approved
      ? 'sent-as-is'
      : findings.some((f) => f.severity === 'warn')
        ? 'unheld'
        : 'clean';
  const card: Answered | undefined = i.pending ? { rules: i.pending.rules, via: 'keep-editing' } : approved ? { rules: approved.rules, via: 'send-anyway' } : undefined;
  const sure = findings.filter((f) => f.severity === 'warn' && f.confidence >= i.sensitivity);
  const holding = i.quiet && sure.length > 0 && i.card === 'none' && !approved ? sure.filter((f) => !safely(() => i.quiet?.(f.rule))) : sure;
  // The page took our card away for good, the user already chose to send this text, nothing is
  // sure enough (or what is stays quiet: prompt fatigue), or today's budget is spent: the send
  // goes through (fail open).
  if (i.card === 'lost' || holding.length === 0 || i.budgetLeft <= 0 || approved) {
    return { kind: 'send', outcome, findings, ...(card ? { card } : {}) };
  }
  return { kind: 'hold', holding, findings };
}

/** What a session remembers between send attempts (the decision's memory). */
export class SendState {
  passedAt = 0;
  releaseUntil = 0;
  /** A card's release could not be confirmed: the user already chose to send this text (for that card's rules). */
  approved: { text: string; rules: RuleId[] } | null = null;
  /** A card was answered with "Keep editing": the next send tells whether the draft was revised. */
  pending: { text: string; rules: RuleId[] } | null = null;
  /** The page took the card away for good: the next send goes through (fail open). */
  cardLost = false;

  /** A send went through (and is recorded). */
  passed(now: number): void {
    this.passedAt = now;
    this.cardLost = false;
    this.pending = null;
    this.approved = null;
  }

  /** "Send anyway": the site's send is re-triggered now. */
  releasing(now: number): void {
    this.releaseUntil = now + RELEASE_WINDOW_MS;
    this.passedAt = now;
  }

  /** The re-triggered send did not go out: the user's next Send of this text passes. */
  notSent(text: string, rules: RuleId[]): void {
    this.approved = { text, rules };
    this.releaseUntil = 0;
    this.passedAt = 0;
  }

  /** The draft now reads `text`: an approval for another text no longer holds. */
  draftIs(text: string): void {
    if (this.approved !== null && normalised(this.approved.text) !== normalised(text)) this.approved = null;
  }
}
