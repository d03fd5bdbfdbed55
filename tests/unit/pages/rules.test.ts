/** Personal-rule validation in the options form: the analyzer's phrase check plus duplicates, note and limit. */
import { describe, expect, it } from 'vitest';
import { checkPhrase } from '../../../lib/pages/analyzer';
import { buildRule, newRuleId, phraseKey, ruleProblems, type RuleDraft } from '../../../lib/pages/rules';
import type { Settings } from '../../../lib/settings';

const draft = (phrase: string, extra: Partial<RuleDraft> = {}): RuleDraft => ({ kind: 'flag', phrase, severity: 'info', note: '', ...extra });
const existing: Settings['personalRules'] = [{ id: 'a', kind: 'flag', phrase: 'Quick Call', severity: 'warn' }];
const keys = (d: RuleDraft, rules = existing) => ruleProblems(d, rules, checkPhrase).map((p) => `${p.field}:${p.key}`);

describe('personal rule validation', () => {
  it('accepts plain phrases and phrases with wildcards', () => {
    expect(keys(draft('synerg*'))).toEqual([]);
    expect(keys(draft('pick your brain'))).toEqual([]);
    expect(keys(draft('Geburtstag?'))).toEqual([]);
  });

  it('refuses an empty phrase', () => {
    expect(keys(draft(''))).toEqual(['phrase:options_rule_error_empty']);
    expect(keys(draft('   '))).toEqual(['phrase:options_rule_error_empty']);
  });

  it('refuses a phrase that would match almost everything', () => {
    for (const broad of ['*', '**', '? *', 'a*', '*?*']) expect(keys(draft(broad)), broad).toEqual(['phrase:options_rule_error_too_broad']);
  });

  it('refuses a phrase that is too long', () => {
    expect(keys(draft('word '.repeat(30)))).toEqual(['phrase:options_rule_error_too_long']);
  });

  it('refuses a duplicate of the same kind, ignoring case and spacing', () => {
    expect(keys(draft('quick   call'))).toEqual(['phrase:options_rule_error_duplicate']);
    expect(keys(draft('quick call', { kind: 'allow' }))).toEqual([]);
    expect(phraseKey('  Quick\tCALL ')).toBe('quick call');
  });

  it('refuses an overlong note and a full rule list', () => {
    expect(keys(draft('pitch deck', { note: 'n'.repeat(201) }))).toEqual(['note:options_rule_error_note']);
    const full = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, kind: 'flag' as const, phrase: `word${i}`, severity: 'info' as const }));
    expect(keys(draft('pitch deck'), full)).toEqual(['form:options_rule_error_limit']);
  });

  it('builds a trimmed rule with a fresh id, without an empty note', () => {
    expect(buildRule(draft('  pitch deck ', { severity: 'warn', note: ' ' }), 'x')).toEqual({ id: 'x', kind: 'flag', phrase: 'pitch deck', severity: 'warn' });
    expect(buildRule(draft('pitch', { note: ' why? ' }), 'y').note).toBe('why?');
    expect(newRuleId(1000, 0.5)).not.toBe(newRuleId(1000, 0.25));
  });
});
