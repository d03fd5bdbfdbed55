/**
 * "This would be your third message without an answer" (issue 12): a runtime cue, independent of
 * the analyzer's rules. Information only — it never holds a send. It appears when the user has
 * already written twice in a row without a reply and the draft asks for something again (the
 * analyzer's ask/offer cues: a request, a call, a favour, a question with a request frame).
 */
import { lexiconsLoaded, prepare } from '../../analysis/core';
import type { DraftContext } from '../../analysis/types';
import type { CueItem } from '../../../components/types';
import { t } from '../../i18n';
import type { Settings } from '../../settings';

/** Two unanswered messages before this draft: it would be the third. */
export const UNANSWERED_BEFORE = 2;

/** Where the draft asks, when it would be the third (or later) unanswered message; null otherwise. */
export function askingAgain(text: string, context: DraftContext): { words: string[]; spans: [number, number][] } | null {
  // Without its word lists (not fetched from the background yet) nothing is judged: fail open.
  if ((context.unansweredInRow ?? 0) < UNANSWERED_BEFORE || !/\S/.test(text) || !lexiconsLoaded()) return null;
  const { report } = prepare(text, context);
  if (report.cues.length === 0) return null;
  const cues = report.cues.slice(0, 3);
  return { words: [...new Set(cues.map((c) => text.slice(c.s, c.e).trim()).filter(Boolean))], spans: cues.map((c) => [c.s, c.e] as [number, number]) };
}

/** The cue item, translated. */
export function unansweredCue(asks: { words: string[]; spans: [number, number][] }, unansweredInRow: number): CueItem {
  const nth = unansweredInRow + 1;
  return {
    rule: 'unanswered',
    severity: 'info',
    title: nth === 3 ? t('composer_unanswered_third') : t('composer_unanswered_nth', String(nth)),
    words: asks.words,
    spans: asks.spans,
    detail: t('composer_unanswered_detail'),
    questions: [t('composer_unanswered_q_wait'), t('composer_unanswered_q_other')],
  };
}

/** The runtime's own cues for a draft (information only, never a hold): none for trusted people or with the memory off. */
export function runtimeCues(text: string, context: DraftContext, trusted: boolean, settings: Settings): CueItem[] {
  if (trusted || !settings.relationship.enabled) return [];
  const asks = askingAgain(text, context);
  return asks ? [unansweredCue(asks, context.unansweredInRow ?? 0)] : [];
}
