/**
 * The LinkedIn site adapter: the only code that knows LinkedIn's DOM. Selectors live in
 * selectors.ts (with their evidence), URL shapes in pages.ts. Nothing here modifies the page or
 * throws on unknown DOM: every lookup degrades to "no composer" / "unknown".
 */
import { ChainRecorder, queryChainAll } from '../chain';
import type { SiteAdapter } from '../types';
import { findComposers, readText, sendControls } from './composers';
import { readContext } from './context';
import { findGroupDialogs } from './groups';
import { isLinkedIn } from './pages';
import { interopOutlet } from './selectors';

const rec = new ChainRecorder();

/** Run a lookup; on any surprise (a detached node, an engine quirk) answer `fallback`. */
function safe<T>(fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  // Every frame on linkedin.com: overlays also live in the same-origin /preload/ iframe (dom.md §0.1).
  matchesUrl: (url) => isLinkedIn(url),
  shadowRoots: (doc) =>
    safe([], () =>
      queryChainAll(doc, interopOutlet, rec)
        .map((host) => host.shadowRoot)
        .filter((root): root is ShadowRoot => root !== null && root !== undefined),
    ),
  findComposers: (root) => safe([], () => findComposers(root, rec)),
  readContext: (composer) => safe({}, () => readContext(composer, rec)),
  readText: (composer) => safe('', () => readText(composer)),
  sendControls: (composer) => safe({ buttons: [], chips: [], enterSends: false, modEnterSends: false }, () => sendControls(composer, rec)),
  findGroupDialogs: (root) => safe([], () => findGroupDialogs(root, rec)),
  health: () => rec.names(),
};
