/**
 * Prompt fatigue's records (background only; the policy is lib/fatigue/policy.ts):
 * - `prompts`: per (site, person, rule) when the last card was shown and the whole draft's
 *   MinHash sketch then (no text), kept for PROMPT_PERIOD_DAYS;
 * - `ruleAnswers`: per rule how its last TONE_DOWN.keep cards were answered, and when the user
 *   last restored it ("Ask again" clears the history).
 * Short-lived and learned from use: wiped with everything else, forgotten with a person, not
 * part of the export file.
 */
import type { RuleId } from '../analysis/types';
import { answerSummary, PROMPT_PERIOD_MS, TONE_DOWN, type CardSeen, type DraftSketch, type PromptAnswer, type TonedRule } from '../fatigue/policy';
import type { PersonRef } from '../messaging/schemas';
import { db, promptRowSchema, ruleAnswersRowSchema, type RuleAnswersRow } from './schema';
import { DAY_MS as DAY } from '../time';

const promptKey = (site: string, personKey: string, rule: RuleId) => `${site}:${personKey}:${rule}`;

/** A card was shown to `person` for these rules: remember when, and the draft's sketch. */
export async function recordCardShown(person: Pick<PersonRef, 'site' | 'key'>, rules: readonly RuleId[], sketch: DraftSketch, now: number): Promise<void> {
  const rows = [...new Set(rules)].map((rule) => promptRowSchema.parse({ key: promptKey(person.site, person.key, rule), site: person.site, personKey: person.key, rule, at: now, sketch }));
  await db().prompts.bulkPut(rows);
}

/** The cards this person got within the period, one per rule (the newest). */
export async function cardsFor(person: Pick<PersonRef, 'site' | 'key'>, now: number): Promise<CardSeen[]> {
  const rows = await db().prompts.where('[site+personKey]').equals([person.site, person.key]).toArray();
  return rows.filter((r) => now - r.at < PROMPT_PERIOD_MS && r.at <= now).map(({ rule, at, sketch }) => ({ rule, at, sketch }));
}

const toned = (row: RuleAnswersRow | undefined) => answerSummary((row?.answers ?? []).map((a) => a.answer)).toned;

/** Change each rule's history; true when that tones a rule down or brings one back. */
async function changeHistory(rules: readonly RuleId[], change: (answers: RuleAnswersRow['answers']) => RuleAnswersRow['answers']): Promise<boolean> {
  return db().transaction('rw', db().ruleAnswers, async () => {
    let changed = false;
    for (const rule of new Set(rules)) {
      const row = await db().ruleAnswers.get(rule);
      const answers = change([...(row?.answers ?? [])]).slice(-TONE_DOWN.keep);
      const next = ruleAnswersRowSchema.parse({ ...row, rule, answers });
      await db().ruleAnswers.put(next);
      if (toned(row) !== toned(next)) changed = true;
    }
    return changed;
  });
}

/** A card for these rules was answered ("Send anyway" or "Keep editing"). */
export function recordAnswer(rules: readonly RuleId[], answer: PromptAnswer, now: number): Promise<boolean> {
  return changeHistory(rules, (answers) => [...answers, { answer, at: now }]);
}

/**
 * A "Keep editing" led to a send: its answer becomes 'revised' (the text changed) or 'sent-as-is'
 * (sent unchanged after all). Only the newest "Keep editing" of each rule is settled.
 */
export function settleKeptEditing(rules: readonly RuleId[], answer: 'revised' | 'sent-as-is'): Promise<boolean> {
  return changeHistory(rules, (answers) => {
    for (let i = answers.length - 1; i >= 0; i--) {
      const a = answers[i];
      if (a?.answer === 'kept-editing') {
        answers[i] = { ...a, answer };
        break;
      }
    }
    return answers;
  });
}

/** The rules toned down to the badge only, with how they were answered. */
export async function tonedRules(): Promise<TonedRule[]> {
  const rows = await db().ruleAnswers.toArray();
  return rows.flatMap((row) => {
    const s = answerSummary(row.answers.map((a) => a.answer));
    return s.toned ? [{ rule: row.rule, anyway: s.anyway, of: s.of }] : [];
  });
}

/** "Ask again": the rule holds sends again; its history starts afresh. */
export async function restoreRule(rule: RuleId, now: number): Promise<void> {
  await db().ruleAnswers.put(ruleAnswersRowSchema.parse({ rule, answers: [], restoredAt: now }));
}

/** Forget the cards a person got (the person was deleted from the relationship memory). */
export async function forgetPromptsOf(person: Pick<PersonRef, 'site' | 'key'>): Promise<number> {
  return db().prompts.where('[site+personKey]').equals([person.site, person.key]).delete();
}

/** Cards older than the period (or the retention window, if shorter) go; answers older than the retention window go. */
export async function applyFatigueRetention(retentionDays: number, now: number): Promise<number> {
  const cutoff = now - retentionDays * DAY;
  const prompts = await db().prompts.where('at').below(Math.max(cutoff, now - PROMPT_PERIOD_MS)).delete();
  let answers = 0;
  await db().transaction('rw', db().ruleAnswers, async () => {
    for (const row of await db().ruleAnswers.toArray()) {
      const kept = row.answers.filter((a) => a.at >= cutoff);
      if (kept.length === row.answers.length) continue;
      answers += row.answers.length - kept.length;
      await db().ruleAnswers.put({ ...row, answers: kept });
    }
  });
  return prompts + answers;
}
