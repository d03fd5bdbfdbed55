/**
 * The LinkedIn site adapter: the only code that knows LinkedIn's DOM. Selectors live in
 * selectors.ts (with their evidence), URL shapes in pages.ts, composers in composers.ts, what a
 * page says about a conversation in context.ts, the catch-up page in catch-up.ts, the invite
 * picker in groups.ts. defineAdapter() makes every call fail open and counts why one failed.
 */
import { queryChainAll, Recorder } from '../kit/chain';
import { defineAdapter } from '../kit/define';
import { noteCatchUpClick } from './catch-up';
import { findComposers, observeComposer, readText, sendControls } from './composers';
import { observeHistory, readContext } from './context';
import { findGroupDialogs } from './groups';
import { interopOutlet } from './selectors';

const rec = new Recorder();

export const linkedin = defineAdapter({
  site: 'linkedin',
  rec,
  // Every frame on www.linkedin.com: overlays also live in the same-origin /preload/ iframe (dom.md §0.1).
  shadowRoots: (doc) =>
    queryChainAll(doc, interopOutlet, rec)
      .map((host) => host.shadowRoot)
      .filter((root): root is ShadowRoot => root !== null && root !== undefined),
  findComposers: (root) => findComposers(root, rec),
  observe: (composer) => {
    observeComposer(composer);
    return observeHistory(composer, rec);
  },
  readContext: (composer) => readContext(composer, rec),
  readText,
  sendControls: (composer) => sendControls(composer, rec),
  findGroupDialogs: (root) => findGroupDialogs(root, rec),
  noteClick: (target) => noteCatchUpClick(target, rec),
});
