import { describe, expect, it } from 'vitest';
import { analyzeDraft, validatePersonalRule, type PersonalRule } from '../../../lib/analysis';
import { globMatch } from '../../../lib/analysis/personal';

const rule = (phrase: string, kind: PersonalRule['kind'] = 'flag', severity: PersonalRule['severity'] = 'warn'): PersonalRule => ({ id: phrase, kind, phrase, severity });

describe('validatePersonalRule', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['*', 'too-broad'],
    ['a*', 'too-broad'],
    ['??', 'too-broad'],
    ['ab*', 'too-broad'],
    ['the', 'too-broad'],
    ['und', 'too-broad'],
    ['x'.repeat(121), 'too-long'],
    ['[a-z]+', 'invalid'],
    ['(foo|bar)', 'invalid'],
    ['foo\\b', 'invalid'],
    ['x'.repeat(60), 'invalid'], // longer than any word can be
  ] as const)('%j → %s', (phrase, reason) => {
    expect(validatePersonalRule(phrase)).toEqual({ ok: false, reason });
  });

  it.each(['circling back', 'sync*', 'Erfahrungsaustausch', 'hope this finds you well', 'gr??e', 'calendly.com', 'abc '.repeat(30).trim()])('accepts %j', (phrase) => {
    expect(validatePersonalRule(phrase)).toEqual({ ok: true });
  });
});

describe('globMatch', () => {
  it('matches * as any letters and ? as one letter', () => {
    expect(globMatch('sync*', 'syncing')).toBe(true);
    expect(globMatch('sync*', 'sync')).toBe(true);
    expect(globMatch('sync*', 'async')).toBe(false);
    expect(globMatch('gr??e', 'grosse')).toBe(false);
    expect(globMatch('gr?e', 'grue')).toBe(true);
    expect(globMatch('*ing', 'meeting')).toBe(true);
  });

  it('stays fast on patterns built to backtrack', () => {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) globMatch('*a*a*a*a*a*a*b', 'a'.repeat(48));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('personal rules in analyzeDraft', () => {
  it('flags the user\'s phrase with its severity, spans and note', () => {
    const text = 'Hi Anna, just circling back on my last message.';
    const fs = analyzeDraft(text, { personalRules: [{ ...rule('circling back', 'flag', 'info'), note: 'sounds pushy' }] });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'personal-rule', severity: 'info', message: { key: 'analysis_personal_flagNote', params: ['circling back', 'sounds pushy'] } });
    expect(fs[0]!.spans.map(([s, e]) => text.slice(s, e))).toEqual(['circling back']);
  });

  it('matches wildcards, case and accents loosely, whole words only', () => {
    expect(analyzeDraft('Können wir uns morgen syncen?', { personalRules: [rule('sync*')] })).toHaveLength(1);
    expect(analyzeDraft('GRÜSSE aus Köln', { personalRules: [rule('grüße')] })).toHaveLength(1);
    expect(analyzeDraft('asynchronous', { personalRules: [rule('sync*')] })).toHaveLength(0);
  });

  it('ignores invalid rules instead of failing', () => {
    expect(analyzeDraft('aaa', { personalRules: [rule('(a+)+'), rule('*')] })).toEqual([]);
  });

  it('lets "allow" rules take words out of every rule', () => {
    const text = 'Hi, would you be open to a quick call?';
    expect(analyzeDraft(text, { firstMessage: true }).map((f) => f.rule)).toEqual(['pitch-first-message']);
    expect(analyzeDraft(text, { firstMessage: true, personalRules: [rule('quick call', 'allow'), rule('open to', 'allow')] })).toEqual([]);
    const greeting = 'Happy birthday! All the best!';
    expect(analyzeDraft(greeting, { personalRules: [rule('happy birthday', 'allow')] })).toEqual([]);
    expect(analyzeDraft('Hi Lea, dein Post war super!', { firstMessage: true, personalRules: [rule('dein Post', 'allow')] })).toEqual([]);
  });
});
