import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/storage/settings';

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
