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

/**
 * Which rules prompt fatigue tones down changed (one was toned down, or the user restored one):
 * open tabs ask again. The send memory's index stays (nothing of it changed).
 */
export async function promptsChanged(now: number = Date.now()): Promise<void> {
  await browser.storage.local.set({ [DATA_VERSION_KEY]: now });
}
