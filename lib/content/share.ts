/**
 * The site's content script and the diagnostic content script (entrypoints/diagnostic.content)
 * run in the same isolated world of a frame, which page scripts cannot reach: the site's script
 * leaves its adapter there under a symbol, so the diagnostic needs no second copy of it (and the
 * site's script stays within its size budget without the diagnostic's code).
 */
import type { SiteAdapter } from '../sites/types';

const KEY = Symbol.for('taktvoll.siteAdapter');

export function shareAdapter(adapter: SiteAdapter, win: Window): void {
  Object.defineProperty(win, KEY, { value: adapter, configurable: true });
}

export function sharedAdapter(win: Window): SiteAdapter | undefined {
  return (win as unknown as Record<symbol, SiteAdapter | undefined>)[KEY];
}
