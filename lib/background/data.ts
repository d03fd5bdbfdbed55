/**
 * After remembered data is deleted (wipe, one send, a ledger entry, trusted contacts, retention),
 * the background drops its index and bumps the data version that open tabs watch: they drop what
 * they cached (verdicts, what they knew about a recipient, ledger entries) and ask again.
 */
import { browser } from 'wxt/browser';
import { DATA_VERSION_KEY } from '../storage/keys';
import { forgetIndex } from './memory';

export async function dataDeleted(now: number = Date.now()): Promise<void> {
  forgetIndex();
  await browser.storage.local.set({ [DATA_VERSION_KEY]: now });
}
