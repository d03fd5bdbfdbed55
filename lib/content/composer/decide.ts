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

export type SendOutcome = 'clean' | 'sent-as-is' | 'revised';

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
  /** Text the user chose to send on a card whose release could not be confirmed ("press Send again"). */
  approved: string | null;
  /** A card answered with "Keep editing": the next send tells whether the draft was revised. */
  pending: { text: string; rules: RuleId[] } | null;
}

export type Verdict =
  /** Part of an open card's attempt: cancel it. */
  | { kind: 'block' }
  /** Let it through; nothing to record. */
  | { kind: 'pass' }
  /** Let it through and record the send. */
  | { kind: 'send'; outcome: SendOutcome; findings: Finding[] }
  /** Cancel it and open the pause card for these findings. */
  | { kind: 'hold'; holding: Finding[]; findings: Finding[] };

export const normalised = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function decide(i: DecideInput): Verdict {
  // The site's own events of a send we re-triggered ("Send anyway") pass, even while the card
  // waits to see the composer empty.
  if (i.card !== 'lost' && i.now < i.releaseUntil) return { kind: 'pass' };
  if (i.card === 'open') return { kind: 'block' };
  if (i.card === 'none' && i.now - i.passedAt < SAME_ATTEMPT_MS) return { kind: 'pass' };
  const text = i.text();
  if (text.trim() === '') return { kind: 'pass' };
  const findings = i.findings();
  const outcome: SendOutcome = i.pending
    ? normalised(i.pending.text) !== normalised(text)
      ? 'revised'
      : 'sent-as-is'
    : findings.some((f) => f.severity === 'warn')
      ? 'sent-as-is'
      : 'clean';
  const holding = findings.filter((f) => f.severity === 'warn' && f.confidence >= i.sensitivity);
  // The page took our card away for good, the user already chose to send this text, nothing is
  // sure enough, or today's budget is spent: the send goes through (fail open).
  if (i.card === 'lost' || holding.length === 0 || i.budgetLeft <= 0 || (i.approved !== null && normalised(i.approved) === normalised(text))) {
    return { kind: 'send', outcome, findings };
  }
  return { kind: 'hold', holding, findings };
}

/** What a session remembers between send attempts (the decision's memory). */
export class SendState {
  passedAt = 0;
  releaseUntil = 0;
  /** A card's release could not be confirmed: the user already chose to send this text. */
  approved: string | null = null;
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
  notSent(text: string): void {
    this.approved = text;
    this.releaseUntil = 0;
    this.passedAt = 0;
  }

  /** The draft now reads `text`: an approval for another text no longer holds. */
  draftIs(text: string): void {
    if (this.approved !== null && normalised(this.approved) !== normalised(text)) this.approved = null;
  }
}
