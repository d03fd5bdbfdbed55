/**
 * Prompt fatigue's store (lib/db/fatigue.ts) and policy (lib/fatigue/policy.ts): what is recorded
 * per (site, person, rule) and per rule, the period, "substantially changed", the tone-down
 * threshold, restore, retention, wipe and per-person delete.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as repo from '../../../lib/db/repo';
import { applyFatigueRetention, cardsFor, forgetPromptsOf, recordAnswer, recordCardShown, restoreRule, settleKeptEditing, tonedRules } from '../../../lib/db/fatigue';
import { TaktvollDb, db, useDb } from '../../../lib/db/schema';
import { answerSummary, cardVariantFor, draftSketch, PROMPT_PERIOD_DAYS, PROMPT_PERIOD_MS, quietReason, sameDraft, SAME_DRAFT_SIMILARITY, TONE_DOWN } from '../../../lib/fatigue/policy';
import type { RuleId } from '../../../lib/analysis/types';

const DAY = 86_400_000;
const NOW = new Date('2026-11-20T12:00:00').getTime();
const anna = { site: 'linkedin' as const, key: 'anna-example', name: 'Anna Example' };
const pitch = "Hi Anna, I hope you're doing well! I wanted to reach out because our agency helps companies like yours grow their sales pipeline. Would you have 15 minutes for a quick call next week?";
const rewritten = 'Hi Anna, congrats on the new role in Leipzig! I loved your post about hiring. Would you have 15 minutes for a quick call next week?';
const wish = 'Happy birthday Anna! All the best for the new year of life!';
const set = (...rules: RuleId[]) => new Set<RuleId>(rules);

describe('prompt fatigue: policy', () => {
  it('names one period and one similarity threshold', () => {
    expect(PROMPT_PERIOD_DAYS).toBe(14);
    expect(PROMPT_PERIOD_MS).toBe(14 * DAY);
    expect(SAME_DRAFT_SIMILARITY).toBeGreaterThan(0.5);
  });

  it('keeps a draft the same across a typo, one changed word, spacing and one added sentence; not across a rewrite', () => {
    const base = draftSketch(pitch, anna.name);
    expect(base.size).toBeGreaterThan(0);
    expect(sameDraft(base, draftSketch(pitch, anna.name))).toBe(true);
    expect(sameDraft(base, draftSketch(pitch.replace('agency', 'agncy'), anna.name))).toBe(true);
    expect(sameDraft(base, draftSketch(pitch.replace('next week', 'this week'), anna.name))).toBe(true);
    expect(sameDraft(base, draftSketch(pitch.replace(/\. /g, '.\n\n  '), anna.name))).toBe(true);
    expect(sameDraft(base, draftSketch(`${pitch} I loved your post about hiring in Leipzig.`, anna.name))).toBe(true);
    expect(sameDraft(base, draftSketch(rewritten, anna.name))).toBe(false);
    // A stock wish made personal is a substantial change.
    expect(sameDraft(draftSketch(wish, anna.name), draftSketch(`${wish} Hope the move to Leipzig went well and the new team is as good as it sounded.`, anna.name))).toBe(false);
    // The same words to someone else: the name is left out of the sketch.
    expect(sameDraft(base, draftSketch(pitch.replace('Anna', 'Bernd'), 'Bernd Beispiel'))).toBe(true);
  });

  it('tones a rule down from 6 answers with at least 75 % "Send anyway", over the last 10', () => {
    const anyway = (n: number, other: number) => [...Array<'kept-editing'>(other).fill('kept-editing'), ...Array<'sent-as-is'>(n).fill('sent-as-is')];
    expect(answerSummary(anyway(5, 0))).toEqual({ anyway: 5, of: 5, toned: false });
    expect(answerSummary(anyway(6, 0))).toEqual({ anyway: 6, of: 6, toned: true });
    expect(answerSummary(anyway(6, 2))).toEqual({ anyway: 6, of: 8, toned: true });
    expect(answerSummary(anyway(5, 2))).toEqual({ anyway: 5, of: 7, toned: false });
    // Only the last 10 count: old "Keep editing" answers fade.
    expect(answerSummary([...anyway(0, 5), ...anyway(8, 0)])).toEqual({ anyway: 8, of: TONE_DOWN.keep, toned: true });
    expect(answerSummary([...anyway(8, 0), 'revised', 'revised', 'kept-editing'])).toMatchObject({ anyway: 7, toned: false });
  });

  it('quiets a rule: toned down always; the same card for the same draft only within the period', () => {
    const sketch = draftSketch(pitch, anna.name);
    const cards = [{ rule: 'pitch-first-message' as const, at: NOW - DAY, sketch }];
    let computed = 0;
    const input = (text: string, now = NOW) => ({ rule: 'pitch-first-message' as const, cards, toned: set(), sketch: () => (computed++, draftSketch(text, anna.name)), now });
    expect(quietReason(input(pitch))).toBe('repeat');
    expect(quietReason(input(rewritten))).toBeNull();
    expect(quietReason(input(pitch, NOW - DAY + PROMPT_PERIOD_MS))).toBeNull();
    expect(quietReason({ ...input(pitch), rule: 'templated-greeting' })).toBeNull();
    // Unknown recipient (no cards): only the per-rule downgrade applies.
    expect(quietReason({ ...input(pitch), cards: undefined })).toBeNull();
    expect(quietReason({ ...input(rewritten), cards: undefined, toned: set('pitch-first-message') })).toBe('toned');
    // The sketch is computed only when there is a card to compare with.
    computed = 0;
    quietReason({ ...input(pitch), cards: undefined });
    expect(computed).toBe(0);
  });

  it('the full card the first time a rule holds a send to a person, compact after (within the period)', () => {
    const sketch = draftSketch(pitch);
    const cards = [{ rule: 'pitch-first-message' as const, at: NOW - 3 * DAY, sketch }];
    expect(cardVariantFor(['pitch-first-message'], undefined, NOW)).toBe('full');
    expect(cardVariantFor(['pitch-first-message'], cards, NOW)).toBe('compact');
    expect(cardVariantFor(['pitch-first-message', 'templated-greeting'], cards, NOW)).toBe('full');
    expect(cardVariantFor(['pitch-first-message'], cards, NOW + PROMPT_PERIOD_MS)).toBe('full');
  });
});

describe('prompt fatigue: store', () => {
  let n = 0;
  beforeEach(() => {
    useDb(new TaktvollDb(`fatigue-${n++}`));
  });

  it('remembers the last card per (site, person, rule) as a sketch, no text, within the period', async () => {
    const sketch = draftSketch(pitch, anna.name);
    await recordCardShown(anna, ['pitch-first-message', 'templated-greeting'], sketch, NOW - 20 * DAY);
    await recordCardShown(anna, ['pitch-first-message'], sketch, NOW - DAY);
    await recordCardShown({ site: 'xing', key: 'anna-example' }, ['pitch-first-message'], sketch, NOW);
    expect(await cardsFor(anna, NOW)).toEqual([{ rule: 'pitch-first-message', at: NOW - DAY, sketch }]);
    expect(await cardsFor({ site: 'linkedin', key: 'bernd' }, NOW)).toEqual([]);
    expect(JSON.stringify(await db().prompts.toArray())).not.toMatch(/agency|Anna Example/);
    // ComposerInfo carries them for the decision at send time.
    expect((await repo.getComposerInfo(anna, 10, NOW)).cards).toEqual([{ rule: 'pitch-first-message', at: NOW - DAY, sketch }]);
  });

  it('tones a rule down after repeated "Send anyway", says how often, and "Ask again" restores it', async () => {
    const rules: RuleId[] = ['templated-greeting'];
    expect(await recordAnswer(rules, 'kept-editing', NOW)).toBe(false);
    for (let i = 0; i < 4; i++) expect(await recordAnswer(rules, 'sent-as-is', NOW + i)).toBe(false);
    expect(await tonedRules()).toEqual([]);
    // The sixth answer, with ≥ 75 % of them "Send anyway", tones it down (and says so: true).
    expect(await recordAnswer(rules, 'sent-as-is', NOW + 10)).toBe(true);
    expect(await tonedRules()).toEqual([{ rule: 'templated-greeting', anyway: 5, of: 6 }]);
    expect(await recordAnswer(rules, 'sent-as-is', NOW + 11)).toBe(false);
    await restoreRule('templated-greeting', NOW + 20);
    expect(await tonedRules()).toEqual([]);
    expect(await db().ruleAnswers.get('templated-greeting')).toEqual({ rule: 'templated-greeting', answers: [], restoredAt: NOW + 20 });
    // History starts afresh: one more "Send anyway" is not enough.
    expect(await recordAnswer(rules, 'sent-as-is', NOW + 30)).toBe(false);
    expect(await tonedRules()).toEqual([]);
  });

  it('settles a "Keep editing" by what was sent: revised, or sent unchanged after all', async () => {
    const rules: RuleId[] = ['pitch-first-message'];
    await recordAnswer(rules, 'kept-editing', NOW);
    await recordAnswer(rules, 'kept-editing', NOW + 1);
    await settleKeptEditing(rules, 'revised');
    await settleKeptEditing(rules, 'sent-as-is');
    await settleKeptEditing(rules, 'sent-as-is'); // nothing left to settle
    expect((await db().ruleAnswers.get('pitch-first-message'))?.answers.map((a) => a.answer)).toEqual(['sent-as-is', 'revised']);
  });

  it('counts the five numbers from what happened: shown, kept editing, revised, cancelled, sent as is', async () => {
    const fp = draftSketch(pitch, anna.name);
    const card = (via: 'send-anyway' | 'keep-editing') => ({ rules: ['pitch-first-message' as const], via });
    await repo.recordPrompt({ site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'], person: anna, sketch: fp }, NOW);
    await repo.recordPrompt({ site: 'linkedin', outcome: 'kept-editing', rules: ['pitch-first-message'] }, NOW);
    await repo.recordSend({ person: anna, fingerprint: fp, outcome: 'revised', rules: [], card: card('keep-editing') }, NOW);
    await repo.recordPrompt({ site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'], person: anna, sketch: fp }, NOW);
    await repo.recordSend({ person: anna, fingerprint: fp, outcome: 'sent-as-is', rules: [], card: card('send-anyway') }, NOW);
    await repo.recordPrompt({ site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'] }, NOW);
    await repo.recordPrompt({ site: 'linkedin', outcome: 'kept-editing', rules: ['pitch-first-message'] }, NOW);
    await repo.recordPrompt({ site: 'linkedin', outcome: 'cancelled', rules: ['pitch-first-message'] }, NOW);
    // A send with warnings no card held (the badge only) is none of the card's counts.
    await repo.recordSend({ person: anna, fingerprint: fp, outcome: 'unheld', rules: ['pitch-first-message'] }, NOW);
    const [today] = await repo.getStats(1, NOW);
    expect(today).toMatchObject({ shown: 3, keptEditing: 2, revised: 1, cancelled: 1, sentAsIs: 1, clean: 0 });
    expect((await db().ruleAnswers.get('pitch-first-message'))?.answers.map((a) => a.answer)).toEqual(['revised', 'sent-as-is', 'kept-editing']);
  });

  it('retention: cards go after the period (or the shorter retention window), answers after the retention window', async () => {
    const sketch = draftSketch(pitch);
    await recordCardShown(anna, ['pitch-first-message'], sketch, NOW - 15 * DAY);
    await recordCardShown(anna, ['templated-greeting'], sketch, NOW - 5 * DAY);
    await recordAnswer(['templated-greeting'], 'sent-as-is', NOW - 100 * DAY);
    await recordAnswer(['templated-greeting'], 'sent-as-is', NOW - 2 * DAY);
    expect(await applyFatigueRetention(90, NOW)).toBe(2);
    expect((await db().prompts.toArray()).map((r) => r.rule)).toEqual(['templated-greeting']);
    expect((await db().ruleAnswers.get('templated-greeting'))?.answers).toEqual([{ answer: 'sent-as-is', at: NOW - 2 * DAY }]);
    // A retention window shorter than the period wins; the whole data retention covers them too.
    expect(await repo.applyRetention(3, NOW)).toBe(1);
    expect(await db().prompts.count()).toBe(0);
    expect((await db().ruleAnswers.get('templated-greeting'))?.answers).toEqual([{ answer: 'sent-as-is', at: NOW - 2 * DAY }]);
  });

  it('"Wipe all data" and deleting a person clear them', async () => {
    const sketch = draftSketch(pitch);
    await recordCardShown(anna, ['pitch-first-message'], sketch, NOW);
    await recordCardShown({ site: 'linkedin', key: 'bernd' }, ['pitch-first-message'], sketch, NOW);
    await recordAnswer(['pitch-first-message'], 'sent-as-is', NOW);
    expect(await forgetPromptsOf(anna)).toBe(1);
    expect((await db().prompts.toArray()).map((r) => r.personKey)).toEqual(['bernd']);
    await repo.wipeAll();
    expect(await db().prompts.count()).toBe(0);
    expect(await db().ruleAnswers.count()).toBe(0);
  });
});
