/**
 * The options page's personal-rule form: what is wrong with a rule as typed, and building the rule.
 * The phrase check itself is the analyzer's (validatePersonalRule), injected so the editor and
 * the import use exactly the same check as the content scripts.
 */
import type { MessageKey } from '../i18n/keys';
import type { PersonalRuleInput, Settings } from '../settings';

export type PhraseReason = 'empty' | 'too-broad' | 'too-long' | 'invalid';
export type PhraseCheck = (phrase: string) => { ok: true } | { ok: false; reason: PhraseReason };

export const MAX_RULES = 200;
export const MAX_NOTE = 200;

export interface RuleDraft {
  kind: 'flag' | 'allow';
  phrase: string;
  severity: 'warn' | 'info';
  note: string;
}

export interface RuleProblem {
  field: 'phrase' | 'note' | 'form';
  key: MessageKey;
}

const REASON_KEY: Record<PhraseReason, MessageKey> = {
  empty: 'options_rule_error_empty',
  'too-broad': 'options_rule_error_too_broad',
  'too-long': 'options_rule_error_too_long',
  invalid: 'options_rule_error_invalid',
};

/** Normalised form for duplicate detection. */
export function phraseKey(phrase: string): string {
  return phrase.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function ruleProblems(draft: RuleDraft, existing: Settings['personalRules'], check: PhraseCheck): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const phrase = draft.phrase.trim();
  const res = phrase ? check(phrase) : ({ ok: false, reason: 'empty' } as const);
  if (!res.ok) problems.push({ field: 'phrase', key: REASON_KEY[res.reason] ?? 'options_rule_error_invalid' });
  else if (existing.some((r) => r.kind === draft.kind && phraseKey(r.phrase) === phraseKey(phrase))) {
    problems.push({ field: 'phrase', key: 'options_rule_error_duplicate' });
  }
  if (draft.note.trim().length > MAX_NOTE) problems.push({ field: 'note', key: 'options_rule_error_note' });
  if (existing.length >= MAX_RULES) problems.push({ field: 'form', key: 'options_rule_error_limit' });
  return problems;
}

export function buildRule(draft: RuleDraft, id: string): PersonalRuleInput & { severity: 'warn' | 'info' } {
  const note = draft.note.trim();
  return {
    id,
    kind: draft.kind,
    phrase: draft.phrase.trim(),
    severity: draft.severity,
    ...(note ? { note } : {}),
  };
}

export function newRuleId(now: number, random: number = Math.random()): string {
  return `r-${now.toString(36)}-${Math.floor(random * 1e8).toString(36)}`;
}
