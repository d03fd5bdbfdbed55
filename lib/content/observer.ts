/**
 * Watching the page: one MutationObserver per root (the document plus each open shadow root the
 * adapter names), doing no work in the callback beyond deciding whether a scan is worth
 * scheduling (uBlock's domWatcher: "do not handle added nodes from within the observer"), a slow
 * poll for shadow roots attached later (they cause no mutation we could see), and SPA navigation.
 */
import type { Lifetime } from './lifetime';

const ATTRIBUTES = ['aria-checked', 'aria-label', 'open', 'disabled', 'aria-disabled', 'hidden'];
/** Shadow roots attached after load cause no mutation we can see: look for new ones now and then. */
export const ROOT_POLL_MS = 2000;

export class DomWatcher {
  private readonly observed = new WeakSet<Node>();
  private readonly life: Lifetime;
  private readonly changed: () => void;
  /** Mutations under these nodes never need a scan (typing in a known composer). */
  private readonly quiet: (node: Node) => boolean;

  constructor(life: Lifetime, changed: () => void, quiet: (node: Node) => boolean) {
    this.life = life;
    this.changed = changed;
    this.quiet = quiet;
  }

  has(root: Node): boolean {
    return this.observed.has(root);
  }

  /** Observe a root once; true when it is new. */
  observe(root: Document | ShadowRoot): boolean {
    if (this.observed.has(root) || this.life.aborted) return false;
    this.observed.add(root);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (!this.quiet(r.target)) {
          this.changed();
          return;
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
    this.life.onAbort(() => observer.disconnect());
    return true;
  }

  /** Call `check` now and then (new shadow roots) and on SPA navigation (`navigated`). */
  poll(win: Window, check: () => void, navigated: () => void): void {
    this.life.interval(check, ROOT_POLL_MS);
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      this.life.listen(nav, 'navigatesuccess', navigated);
    } else {
      let last = win.location.href;
      this.life.interval(() => {
        if (win.location.href === last) return;
        last = win.location.href;
        navigated();
      }, 1000);
    }
    this.life.listen(win, 'popstate', navigated);
  }
}
