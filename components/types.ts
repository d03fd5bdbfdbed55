import type { RuleId, Severity } from '../lib/analysis/types';

/** A finding as the UI shows it: already translated. */
export interface CueItem {
  /** The analyzer's rule, or a cue of the runtime's own ('unanswered': a third message without an answer). */
  rule: RuleId | 'unanswered';
  severity: Severity;
  /** Short name of what was noticed. */
  title: string;
  /** The words that triggered it, quoted from the draft. */
  words: string[];
  /** The explanation. */
  detail: string;
  /** Coaching questions. */
  questions: string[];
  /** The user's own note (personal rules). */
  note?: string;
  /** Where in the draft the words are (start, end): for marking the draft's stock parts. */
  spans: [number, number][];
}

/** The look of our UI on this page: from the page's own background ('auto': the OS scheme). */
export type Theme = 'light' | 'dark' | 'auto';
