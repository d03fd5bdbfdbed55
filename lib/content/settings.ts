/**
 * Settings and storage from the content script: the settings read straight from the extension's
 * storage when they are in the current shape (only the background and the options page write
 * them, after validating them with the zod schema — which stays out of the content scripts'
 * bundle), else asked of the background, which migrates; and watching the settings and the data
 * version the background bumps after a wipe, a deletion or retention.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings';
import { CONTENT_DEFAULT_SETTINGS } from '../storage/defaults';
import { DATA_VERSION_KEY, SETTINGS_KEY, SETTINGS_META_KEY, SETTINGS_VERSION } from '../storage/keys';
import type { Lifetime } from './lifetime';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The type of each setting at the top level: a stored object that differs is not used. */
const SHAPE: Record<keyof Settings, 'object' | 'array' | 'number' | 'boolean'> = {
  sites: 'object',
  rules: 'object',
  siteRules: 'object',
  sensitivity: 'number',
  dailyBudget: 'number',
  registerHints: 'boolean',
  groupGuard: 'boolean',
  retentionDays: 'number',
  personalRules: 'array',
  relationship: 'object',
  pausedUntil: 'object',
};

/** Stored settings of the current version with the expected shape, else null (ask the background). */
export function settingsIfCurrent(raw: unknown, meta: unknown): Settings | null {
  if (raw === undefined || raw === null) return meta === undefined ? CONTENT_DEFAULT_SETTINGS : null; // never saved: the defaults
  if (!isRecord(meta) || meta.v !== SETTINGS_VERSION || !isRecord(raw)) return null;
  for (const [key, type] of Object.entries(SHAPE)) {
    const v = raw[key];
    if (type === 'array' ? !Array.isArray(v) : type === 'object' ? !isRecord(v) : typeof v !== type) return null;
  }
  return raw as unknown as Settings;
}

/** The settings from storage, when they can be used as stored; null when the background must answer. */
export async function storedSettings(): Promise<Settings | null> {
  const got = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_META_KEY]);
  return settingsIfCurrent(got[SETTINGS_KEY], got[SETTINGS_META_KEY]);
}

export function watchStorage(life: Lifetime, on: { settings(): void; dataVersion(): void }): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (SETTINGS_KEY in changes) on.settings();
    if (DATA_VERSION_KEY in changes) on.dataVersion();
  };
  browser.storage.onChanged.addListener(listener);
  life.onAbort(() => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      /* the extension is gone: so is its listener */
    }
  });
}
