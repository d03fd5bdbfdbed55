/**
 * The site's content script and the diagnostic content script (entrypoints/diagnostic.content)
 * run in the same isolated world of a frame, which page scripts cannot reach: the site's script
 * leaves its adapter there under a symbol, so the diagnostic needs no second copy of it (and the
 * site's script stays within its size budget without the diagnostic's code).
 */
import type { SiteAdapter } from '../sites/types';
import { deepTarget } from './dom';
import type { InterceptHandlers } from './interceptor';

const KEY = Symbol.for('taktvoll.siteAdapter');

export function shareAdapter(adapter: SiteAdapter, win: Window): void {
  Object.defineProperty(win, KEY, { value: adapter, configurable: true });
}

export function sharedAdapter(win: Window): SiteAdapter | undefined {
  return (win as unknown as Record<symbol, SiteAdapter | undefined>)[KEY];
}

/** What a click opens next (a catch-up "Message" link, an "Invite" control) is the adapter's to remember. */
export function adapterClicks(adapter: SiteAdapter): InterceptHandlers {
  return {
    click: (e) => {
      const target = deepTarget(e);
      if (target instanceof Element) adapter.noteClick(target);
      return false;
    },
  };
}
