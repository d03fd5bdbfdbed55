/** What every rule gets: the parsed draft, all lexicon matches, the context. */
import type { DraftContext, Span } from '../types';
import type { Match } from '../match';
import type { ParsedText } from '../text';

export type GreetingKind = 'birthday' | 'holiday' | 'congrats';

/** The greeting a draft opens with (rules/greeting.ts finds it; shared here so every rule can cache it). */
export interface Greeting {
  kind: GreetingKind;
  matches: Match[];
  /** Character offset where the greeting ends (first greeting phrase). */
  end: number;
  start: number;
}

export interface RuleInput {
  draft: string;
  text: ParsedText;
  matches: Match[];
  context: DraftContext;
  /** Recipient's first name for questions. */
  name: string | undefined;
  /** Normalised parts of the recipient's name. */
  nameWords: Set<string>;
  /** Deterministic seed for varying questions. */
  seed: number;
  /** Results shared between rules (names, greeting). */
  cache: { names?: Set<number>; greeting?: Greeting | undefined };
}

export function clamp(x: number, lo = 0, hi = 0.99): number {
  return Math.max(lo, Math.min(hi, x));
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Merge overlapping spans, sorted. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const sp of sorted) {
    const last = out[out.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else out.push([sp[0], sp[1]]);
  }
  return out;
}

/** The quoted trigger for a message: the draft text of a span, tidied and capped. */
export function quote(draft: string, span: Span): string {
  const t = draft.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
