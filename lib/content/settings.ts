/**
 * Settings as the content script sees them: validated by the background (which owns the zod
 * schema), refreshed when storage changes. Keeps zod out of the content scripts' bundle.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';
import type { Settings } from '../storage/settings';

export function loadSettings(): Promise<Settings> {
  return sendMessage('getSettingsSnapshot', undefined);
}

/** Call back with fresh, validated settings whenever the stored settings change. */
export function watchSettings(callback: (settings: Settings) => void, onError: (err: unknown) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) loadSettings().then(callback, onError);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
