/**
 * Prompt fatigue, learned locally (issues 11 and 12): when a held send gets the full card, the
 * compact one, or only the badge. Pure and synchronous — the content script decides at send time
 * from what the background told it before (ComposerInfo's `cards`, the toned-down rules); the
 * background keeps the records (lib/db/fatigue.ts) with the same constants.
 *
 * - The full card the first time a rule holds a send to a person, the compact card after.
 * - Never the same rule for the same person twice within PROMPT_PERIOD_DAYS unless the draft
 *   changed substantially (its sketch shares less than SAME_DRAFT_SIMILARITY with the one the
 *   last card saw): then the badge marks it and the send is not held.
 * - A rule answered with "Send anyway" at least TONE_DOWN.share of the last answers (at least
 *   TONE_DOWN.minAnswers of them) is toned down: the badge still marks it, sends are not held for
 *   it, until the user restores it ("Ask again", which clears its history).
 */
import { fingerprint, similarity } from '../analysis/core';
import type { RuleId } from '../analysis/types';
import { DAY_MS as DAY } from '../time';

/** How long a card for (site, person, rule) is remembered: no second card for the same draft within it. */
export const PROMPT_PERIOD_DAYS = 14;
export const PROMPT_PERIOD_MS = PROMPT_PERIOD_DAYS * DAY;

/**
 * Below this estimated Jaccard similarity of the whole drafts' MinHash sketches (5-character
 * shingles, the analyzer's) a draft counts as substantially changed. Measured on the analyzer's
 * fingerprints: a typo or one changed word stays above 0.9, one added sentence to a three-sentence
 * pitch about 0.76, a birthday wish with a personal sentence added about 0.47, a half rewrite 0.23.
 */
export const SAME_DRAFT_SIMILARITY = 0.6;

/** How cards for a rule must have been answered before it is toned down to the badge only. */
export const TONE_DOWN = { minAnswers: 6, share: 0.75, keep: 10 } as const;

/** How a card was answered: "Send anyway" (or sent unchanged after "Keep editing"), "Keep editing", or sent with the text changed. */
export type PromptAnswer = 'sent-as-is' | 'kept-editing' | 'revised';

/** A whole-draft sketch (the analyzer's MinHash, no text). */
export interface DraftSketch {
  minhash: number[];
  size: number;
}

/** The last card a rule got for one person (ComposerInfo.cards). */
export interface CardSeen {
  rule: RuleId;
  at: number;
  sketch: DraftSketch;
}

/** A toned-down rule as the popup explains it: sent anyway `anyway` of the last `of` times. */
export interface TonedRule {
  rule: RuleId;
  anyway: number;
  of: number;
}

/** The whole draft's sketch, the recipient's name left out (as the send memory does). */
export function draftSketch(text: string, name?: string): DraftSketch {
  const fp = fingerprint(text, { names: name ? [name] : [] });
  const whole = fp.kind === 'frame' ? fp : (fp.whole ?? fp);
  return { minhash: whole.minhash, size: whole.size };
}

/** Whether two sketches are of the same draft, give or take a small edit. Empty sketches (very short drafts) compare equal only to each other. */
export function sameDraft(a: DraftSketch, b: DraftSketch): boolean {
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  return similarity(a, b) >= SAME_DRAFT_SIMILARITY;
}

/** Of the last answers (oldest first), how many were "Send anyway", and whether that tones the rule down. */
export function answerSummary(answers: readonly PromptAnswer[]): { anyway: number; of: number; toned: boolean } {
  const last = answers.slice(-TONE_DOWN.keep);
  const anyway = last.filter((a) => a === 'sent-as-is').length;
  return { anyway, of: last.length, toned: last.length >= TONE_DOWN.minAnswers && anyway >= TONE_DOWN.share * last.length };
}

export interface FatigueInput {
  rule: RuleId;
  /** The cards this person got, per rule (none when the recipient is unknown or the background did not answer). */
  cards: readonly CardSeen[] | undefined;
  toned: ReadonlySet<RuleId>;
  /** The draft's sketch, computed only when needed. */
  sketch: () => DraftSketch;
  now: number;
}

/** Why a rule that would hold this send does not: toned down, or the same card for the same draft a moment ago. Null: it holds. */
export function quietReason(i: FatigueInput): 'toned' | 'repeat' | null {
  if (i.toned.has(i.rule)) return 'toned';
  const last = i.cards?.find((c) => c.rule === i.rule);
  if (!last || i.now - last.at >= PROMPT_PERIOD_MS || i.now < last.at) return null;
  return sameDraft(last.sketch, i.sketch()) ? 'repeat' : null;
}

/** Compact when every holding rule already had a card for this person within the period; else the full card. */
export function cardVariantFor(rules: readonly RuleId[], cards: readonly CardSeen[] | undefined, now: number): 'full' | 'compact' {
  if (!cards || rules.length === 0) return 'full';
  const recent = (rule: RuleId) => cards.some((c) => c.rule === rule && now - c.at < PROMPT_PERIOD_MS && now >= c.at);
  return rules.every(recent) ? 'compact' : 'full';
}
