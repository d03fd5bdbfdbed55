/**
 * The settings ladder (lib/storage/migrations): every version has an example as it was stored,
 * and reading any of them through the settings item upgrades it to the current version with all
 * data kept.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_MIGRATIONS } from '../../../../lib/storage/migrations';
import { settingsSchema } from '../../../../lib/settings';
import { SETTINGS_VERSION } from '../../../../lib/storage/keys';
import { SETTINGS_EXAMPLES } from './examples';

/** Every leaf of `value` as [path, leaf]: what "all data kept" checks. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}/${k}`));
}

describe('settings migration ladder', () => {
  it('has a step into every version after the first, and an example of every version', () => {
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
    expect(SETTINGS_EXAMPLES.map((e) => e.version)).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  for (const example of SETTINGS_EXAMPLES) {
    it(`reads version ${example.version} settings as the current version, all data kept`, async () => {
      await fakeBrowser.storage.local.set({ settings: structuredClone(example.value), settings$: { v: example.version } });
      vi.resetModules(); // the settings item runs the ladder when it is defined
      const { loadSettings } = await import('../../../../lib/storage/settings-item');
      const now = await loadSettings();
      expect(settingsSchema.safeParse(now).success).toBe(true);
      if (example.version === SETTINGS_VERSION) expect(now).toEqual(example.value);
      // Every value the user set is still there (a later step may move one, and says so here).
      const kept = new Map(leaves(now));
      for (const [path, leaf] of leaves(example.value)) expect(kept.get(path), path).toEqual(leaf);
      const stored = await fakeBrowser.storage.local.get('settings$');
      expect((stored.settings$ as { v?: number } | undefined)?.v ?? 1).toBe(SETTINGS_VERSION);
    });
  }

  it('a value stored before settings had a version counts as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: structuredClone(SETTINGS_EXAMPLES[0]!.value) });
    vi.resetModules();
    const { loadSettings } = await import('../../../../lib/storage/settings-item');
    expect(await loadSettings()).toMatchObject({ dailyBudget: 3, personalRules: [expect.objectContaining({ phrase: 'quick call' }), expect.objectContaining({ id: 'r-2' })] });
  });
});
