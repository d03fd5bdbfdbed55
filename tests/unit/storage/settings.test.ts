import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/settings';

describe('settings', () => {
  it('has sensible defaults: every site and check on, a daily budget, a confident threshold', () => {
    expect(Object.values(DEFAULT_SETTINGS.sites).every(Boolean)).toBe(true);
    expect(Object.values(DEFAULT_SETTINGS.rules).every(Boolean)).toBe(true);
    expect(DEFAULT_SETTINGS.dailyBudget).toBeGreaterThan(0);
    expect(DEFAULT_SETTINGS.sensitivity).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps valid fields and replaces invalid ones with defaults', () => {
    const parsed = parseSettings({ dailyBudget: 3, sensitivity: 'very', sites: { xing: false }, personalRules: 'nope' });
    expect(parsed.dailyBudget).toBe(3);
    expect(parsed.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(parsed.sites).toEqual({ linkedin: true, xing: false, facebook: true });
    expect(parsed.personalRules).toEqual([]);
  });

  it('keeps every valid personal rule when one stored rule is invalid (each rule is checked on its own)', () => {
    const good = (id: string, phrase: string) => ({ id, kind: 'flag', phrase, severity: 'warn' });
    const stored = {
      ...DEFAULT_SETTINGS,
      personalRules: [good('r1', 'quick call'), { id: 'r2', kind: 'flag', phrase: '' }, good('r3', 'synergies'), 'nonsense', good('r1', 'duplicate id'), good('r4', 'x'.repeat(121))],
    };
    const parsed = parseSettings(stored);
    expect(parsed.personalRules.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(parsed.personalRules[1]).toMatchObject({ phrase: 'synergies', severity: 'warn' });
    // The rest of the settings are kept too.
    expect(parsed.dailyBudget).toBe(DEFAULT_SETTINGS.dailyBudget);
  });

  it('survives garbage', () => {
    for (const raw of [null, undefined, 42, 'x', [], { rules: { 'templated-greeting': 'yes' } }]) {
      expect(parseSettings(raw)).toMatchObject({ dailyBudget: DEFAULT_SETTINGS.dailyBudget });
    }
  });
});

describe('content-script defaults', () => {
  it('equal what the schema produces (the content scripts keep zod out of their bundle)', async () => {
    const { CONTENT_DEFAULT_SETTINGS } = await import('../../../lib/storage/defaults');
    expect(CONTENT_DEFAULT_SETTINGS).toEqual(DEFAULT_SETTINGS);
  });
});
