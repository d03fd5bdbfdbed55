/**
 * Watching storage from the content script: the settings (validated by the background, which owns
 * the zod schema, so zod stays out of the content scripts' bundle) and the data version the
 * background bumps after a wipe, a deletion or retention.
 */
import { browser } from 'wxt/browser';
import { DATA_VERSION_KEY, SETTINGS_KEY } from '../storage/keys';
import type { Lifetime } from './lifetime';

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
