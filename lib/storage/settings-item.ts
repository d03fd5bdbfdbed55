/** The settings item in the extension's storage.local; every read is validated. */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY, SETTINGS_VERSION } from './keys';
import { SETTINGS_MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';

/** Older stored shapes are upgraded by the ladder (./migrations) before the first read. */
const item = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const parsed = parseSettings(next);
  await item.setValue(parsed);
  return parsed;
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Call back with validated settings whenever they change; returns an unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(parseSettings(value)));
}
