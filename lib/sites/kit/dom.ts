/**
 * DOM helpers every adapter needs, written once. No site knowledge here: no selectors, no labels.
 * Nothing here modifies the page or throws on unknown DOM.
 */

/** The URL of the document a node lives in (a shadow root's host document), or null. */
export function urlOf(node: Node): URL | null {
  try {
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    return doc ? new URL(doc.URL) : null;
  } catch {
    return null;
  }
}

/** The document behind a root. nodeType, not instanceof: Document classes differ between worlds and test environments. */
export function rootDocument(root: Document | ShadowRoot): Document {
  return root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
}

/**
 * The top-level document when it is reachable (same origin, e.g. LinkedIn's /preload/ iframe
 * reading the page around it); the document itself in the top frame; null when cross-origin.
 */
export function topDocument(doc: Document): Document | null {
  try {
    const top = doc.defaultView?.top;
    if (!top || top === doc.defaultView) return doc;
    return top.document ?? null;
  } catch {
    return null;
  }
}

/** A checkbox's state: a native input or an ARIA checkbox / option. */
export function isChecked(box: Element): boolean {
  if (box.localName === 'input') return (box as HTMLInputElement).checked === true;
  return box.getAttribute('aria-checked') === 'true';
}

/** Disabled natively or by ARIA. */
export function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** Hidden by the `hidden` attribute or aria-hidden on the element itself. */
export function isHiddenAttr(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Controls as sites build them: <button> or anything with role=button. */
export const CONTROL = 'button, [role="button"]';

/**
 * The text an editor held when an adapter first saw it: the site's pre-filled greeting (a
 * catch-up overlay, a `body=` link, a quick-message dialog). Read at first sight because a
 * React-controlled textarea's defaultValue follows later edits, and a contenteditable keeps no
 * default at all. Kept weakly, so closed composers are forgotten.
 */
const firstSeen = new WeakMap<Element, string>();

export function rememberFirstSight(editor: Element, text: string): void {
  if (!firstSeen.has(editor)) firstSeen.set(editor, text);
}

/** The text at first sight, or undefined when the adapter never saw this editor. */
export function firstSight(editor: Element): string | undefined {
  return firstSeen.get(editor);
}

/** Letters and digits only, lower-cased: for comparing texts that a site re-renders with other whitespace. */
export function squash(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
