/**
 * The content scripts read the settings straight from storage when they are in the current shape
 * (no message to the background during a page's start-up); anything else — an older version the
 * background has still to migrate, a shape that does not fit — is asked of the background.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsIfCurrent, storedSettings } from '../../../lib/content/settings';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/settings';
import { SETTINGS_KEY, SETTINGS_META_KEY, SETTINGS_VERSION } from '../../../lib/storage/keys';
import { loadSettings, saveSettings } from '../../../lib/storage/settings-item';

const CURRENT = { v: SETTINGS_VERSION };

describe('settings as the content scripts read them', () => {
  it('nothing stored yet: the defaults', () => {
    expect(settingsIfCurrent(undefined, undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('stored in the current version and shape: used as stored', () => {
    const mine = parseSettings({ dailyBudget: 3, sites: { xing: false } });
    expect(settingsIfCurrent(mine, CURRENT)).toEqual(mine);
  });

  it('an older version, a missing version or a shape that does not fit: null, the background answers', () => {
    const mine = parseSettings({ dailyBudget: 3 });
    expect(settingsIfCurrent(mine, { v: SETTINGS_VERSION - 1 })).toBeNull();
    expect(settingsIfCurrent(mine, undefined)).toBeNull();
    expect(settingsIfCurrent({ ...mine, dailyBudget: '3' }, CURRENT)).toBeNull();
    expect(settingsIfCurrent({ ...mine, personalRules: {} }, CURRENT)).toBeNull();
    const { relationship: _, ...missing } = mine;
    expect(settingsIfCurrent(missing, CURRENT)).toBeNull();
    expect(settingsIfCurrent('settings', CURRENT)).toBeNull();
    expect(settingsIfCurrent(undefined, CURRENT)).toBeNull(); // a version without a value: something is off
  });

  it('reads what the options page saved, exactly as the background would', async () => {
    expect(await storedSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings(parseSettings({ dailyBudget: 4, registerHints: false, sites: { facebook: false } }));
    expect(await storedSettings()).toEqual(await loadSettings());
    expect((await storedSettings())?.dailyBudget).toBe(4);
    // A value of the first version (no version key), as an old install left it: the background migrates.
    await fakeBrowser.storage.local.remove(SETTINGS_META_KEY);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { dailyBudget: 4 } });
    expect(await storedSettings()).toBeNull();
  });
});
