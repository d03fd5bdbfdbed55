/**
 * The analyzer as the extension pages use it: the practice area and the rule editor call the
 * full analyzer (rules and the learned layer). "Have I sent nearly this before?" is the
 * background's lookup — the same index, the same SEND_MEMORY_DAYS window as the guard's drafts
 * get — asked for the draft on screen (the history itself never comes to the page).
 */
import { analyzeDraft, validatePersonalRule } from '../analysis';
import type { DraftContext, ReuseMatch } from '../analysis/types';
import type { PhraseCheck } from './rules';
import type { Analyze } from './types';

/** Two practice drafts with the same key get the same lookup (the clock is not part of it). */
export function reuseKey(draft: string, context: DraftContext): string {
  const { now: _now, ...rest } = context;
  return `${draft}\u0001${JSON.stringify(rest)}`;
}

/** An analyzer that knows the background's answer for one draft (and none for any other). */
export function makeAnalyze(known?: { key: string; reuse: ReuseMatch | null }): Analyze {
  return (draft, context) => {
    const memory = known && known.key === reuseKey(draft, context) ? { findSimilar: () => known.reuse } : undefined;
    return analyzeDraft(draft, context, memory);
  };
}

export const analyze: Analyze = makeAnalyze();

export const checkPhrase: PhraseCheck = (phrase) => validatePersonalRule(phrase);
