/**
 * Mount Preact UI into a CLOSED shadow root on a host element of our own, appended to the
 * document element (never inside the site's composer or React tree). Styles are inline in the
 * shadow root, so there is no web-accessible resource a page could probe. Key events do not
 * bubble out of our UI into the site's hotkey handlers. If the page removes our host, it is
 * re-attached a bounded number of times, then we give up quietly. A modal (the pause card, the
 * checklist) is watched while it is open, so a page that prunes unknown nodes cannot leave it
 * "open" with nothing on screen: it is put back at once, or — when the page keeps removing it —
 * declared lost, and its owner lets the held action through.
 */
import { render, type ComponentChild } from 'preact';

const MAX_REATTACH = 10;

export interface ShadowMount {
  readonly host: HTMLElement;
  render(vnode: ComponentChild): void;
  /** Re-append the host if the page removed it; false once we gave up. */
  ensureAttached(): boolean;
  setStyle(style: Partial<CSSStyleDeclaration>): void;
  /** Move focus to the first element inside our UI that matches (after the page moved our host). */
  focus(selector: string): void;
  /** The first element inside our UI that matches (to measure it). */
  query<T extends Element = HTMLElement>(selector: string): T | null;
  /** An element of ours, outside what render() draws, to measure text with. */
  scratch(): HTMLElement;
  remove(): void;
}

/**
 * `parent`: where the host goes. Normally the body; inside a site's modal dialog when the
 * composer is in one, because everything outside a modal is inert (native <dialog>) or hidden
 * from assistive technology (aria-modal) — our card must stay usable and announced.
 * `onLost`: watch the host while it is up (see above); `onReattached`: told after the watcher
 * put the host back (a modal <dialog> inside must be opened as a modal again).
 */
export function mountShadow(doc: Document, name: string, css: string, parent?: Element | null, onLost?: () => void, onReattached?: () => void): ShadowMount {
  const host = doc.createElement(`taktvoll-${name}`);
  host.setAttribute('style', 'all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  root.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut']) {
    root.addEventListener(type, (e) => e.stopPropagation());
  }
  let reattached = 0;
  let removed = false;
  let watcher: MutationObserver | undefined;
  let scratchEl: HTMLElement | undefined;
  const attach = () => (parent?.isConnected ? parent : (doc.body ?? doc.documentElement)).append(host);
  const ensureAttached = () => {
    if (removed) return false;
    if (host.isConnected) return true;
    if (reattached >= MAX_REATTACH) return false;
    reattached++;
    attach();
    return true;
  };
  attach();
  if (onLost) {
    // Only whether our host is still in the document is checked per batch: O(1) work.
    watcher = new MutationObserver(() => {
      if (removed || host.isConnected) return;
      if (ensureAttached()) {
        // Back in the document, but a modal <dialog> inside left the top layer: its owner reopens it.
        onReattached?.();
        return;
      }
      watcher?.disconnect();
      onLost();
    });
    watcher.observe(doc, { childList: true, subtree: true });
  }
  return {
    host,
    render: (vnode) => render(vnode, container),
    ensureAttached,
    setStyle(s) {
      Object.assign(host.style, s);
    },
    focus(selector) {
      root.querySelector<HTMLElement>(selector)?.focus();
    },
    query: (selector) => root.querySelector(selector),
    scratch() {
      scratchEl ??= root.appendChild(doc.createElement('div'));
      return scratchEl;
    },
    remove() {
      if (removed) return;
      removed = true;
      watcher?.disconnect();
      render(null, container);
      host.remove();
    },
  };
}
