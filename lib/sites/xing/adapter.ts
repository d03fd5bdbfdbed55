/** xing adapter (placeholder until the adapter work lands: finds nothing, so the guard stays out of the way). */
import { ChainRecorder } from '../chain';
import type { SiteAdapter } from '../types';

const rec = new ChainRecorder();

export const xing: SiteAdapter = {
  site: 'xing',
  matchesUrl: () => true,
  shadowRoots: () => [],
  findComposers: () => [],
  readContext: () => ({}),
  readText: (c) => (c.editor instanceof HTMLTextAreaElement ? c.editor.value : (c.editor.innerText ?? '')),
  sendControls: () => ({ buttons: [], chips: [], enterSends: false, modEnterSends: false }),
  findGroupDialogs: () => [],
  health: () => rec.names(),
};
