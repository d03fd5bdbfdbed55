/**
 * Reading the page's geometry for our UI's placement — never writing to it: where the draft's
 * text is, where given words are, whether a spot shows nothing but the composer, and what
 * follows the composer in the keyboard order. Site-independent.
 */
import type { SendControls } from '../sites/types';
import { isTextarea } from './dom';
import { MARGIN, placeCard, type Rect } from './place';

const MAX_NODES = 400;
const toRect = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

function textNodes(editor: HTMLElement): Text[] {
  const out: Text[] = [];
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && out.length < MAX_NODES; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Height of a textarea's text, measured on a mirror that copies its box and font (kept in `scratch`). */
function textareaTextHeight(el: HTMLTextAreaElement, scratch: HTMLElement): number {
  const view = el.ownerDocument.defaultView;
  if (!view) return el.clientHeight;
  const cs = view.getComputedStyle(el);
  const mirror = scratch;
  mirror.setAttribute(
    'style',
    `position:fixed;left:-10000px;top:0;visibility:hidden;white-space:pre-wrap;overflow-wrap:break-word;box-sizing:content-box;` +
      `width:${el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)}px;font:${cs.font};letter-spacing:${cs.letterSpacing};line-height:${cs.lineHeight};padding:0;border:0;`,
  );
  mirror.textContent = `${el.value}\u200b`;
  return mirror.getBoundingClientRect().height;
}

/**
 * The draft's text as viewport rects (one per line fragment). A textarea's text is one rect as
 * wide as the field and as tall as its lines (`scratch`: an element of ours to measure with).
 */
export function draftTextRects(editor: HTMLElement, scratch: HTMLElement): Rect[] {
  if (isTextarea(editor)) {
    if (!/\S/.test(editor.value)) return [];
    const r = editor.getBoundingClientRect();
    const cs = editor.ownerDocument.defaultView?.getComputedStyle(editor);
    const top = r.top + parseFloat(cs?.borderTopWidth ?? '0') + parseFloat(cs?.paddingTop ?? '0') - editor.scrollTop;
    const height = textareaTextHeight(editor, scratch);
    return [{ left: r.left, top: Math.max(r.top, top), right: r.right, bottom: Math.min(r.bottom, top + height) }];
  }
  const range = editor.ownerDocument.createRange();
  const out: Rect[] = [];
  for (const node of textNodes(editor)) {
    if (!/\S/.test(node.data)) continue;
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) out.push(toRect(r));
  }
  return out;
}

/** Viewport rects of the first few occurrences of `words` in a contenteditable draft ([] for a textarea). */
export function wordRects(editor: HTMLElement, words: readonly string[], max = 8): Rect[] {
  if (isTextarea(editor) || words.length === 0) return [];
  const nodes = textNodes(editor);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const locate = (at: number): [Text, number] | null => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const start = starts[i] ?? 0;
      const node = nodes[i];
      if (node && start <= at) return [node, at - start];
    }
    return null;
  };
  const range = editor.ownerDocument.createRange();
  const out: Rect[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0 && out.length < max; at = text.indexOf(word, at + word.length)) {
      const a = locate(at);
      const b = locate(at + word.length);
      if (!a || !b) continue;
      range.setStart(a[0], Math.min(a[1], a[0].length));
      range.setEnd(b[0], Math.min(b[1], b[0].length));
      for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) out.push(toRect(r));
    }
  }
  return out;
}

/**
 * Whether the page shows only the composer (or what contains it) at the rect's corners and
 * centre: not a message bubble, not a button. `ignore`: our own host.
 */
export function onlyComposerAt(editor: HTMLElement, r: Rect, ignore: Element): boolean {
  const root = editor.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementsFromPoint !== 'function') return true;
  const points: [number, number][] = [
    [r.left + 2, r.top + 2],
    [r.right - 2, r.top + 2],
    [r.left + 2, r.bottom - 2],
    [r.right - 2, r.bottom - 2],
    [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
  ];
  for (const [x, y] of points) {
    const hit = root.elementsFromPoint(x, y).find((el) => el !== ignore && !ignore.contains(el));
    if (hit && hit !== editor && !editor.contains(hit) && !hit.contains(editor)) return false;
  }
  return true;
}

const TABBABLE = 'a[href], button, input, select, textarea, [contenteditable="true"], [contenteditable=""], [tabindex]';

/** The first element after the composer in the keyboard order of its root (null: none). */
export function nextTabbable(editor: HTMLElement): HTMLElement | null {
  const root = editor.getRootNode() as Document | ShadowRoot;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(TABBABLE))) {
    if (el === editor || editor.contains(el) || !(editor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.getClientRects().length === 0 || el.closest('[inert], [aria-hidden="true"]')) continue;
    return el;
  }
  return null;
}

/** Where a composer's send controls (buttons, quick-reply chips) are on screen; none when the adapter cannot say. */
export function sendRects(controls: () => Pick<SendControls, 'buttons' | 'chips'>): Rect[] {
  try {
    const { buttons, chips } = controls();
    return [...buttons, ...chips.map((c) => c.el)]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(toRect);
  } catch {
    return [];
  }
}

/** The narrowest the pause card gets to sit beside the composer instead of over it. */
const MIN_SIDE_WIDTH = 320;

/**
 * Place our pause card (a fixed <dialog> in the top layer) near the composer: where it does not
 * cover the draft if the window has room — narrower, beside the composer, if that is what fits —
 * and always inside the viewport.
 */
export function placeCardDialog(dialog: HTMLDialogElement, editor: HTMLElement): void {
  const win = editor.ownerDocument.defaultView;
  if (!win) return;
  const view = { width: win.innerWidth, height: win.innerHeight };
  const r = editor.getBoundingClientRect();
  const anchor = r.width === 0 && r.height === 0 ? { left: 0, top: 0, right: view.width, bottom: 0 } : r;
  const measure = () => placeCard(anchor, { width: dialog.offsetWidth, height: dialog.offsetHeight }, view);
  dialog.style.width = '';
  let p = measure();
  const side = Math.max(anchor.left, view.width - anchor.right) - 2 * MARGIN;
  if (p.covers && side >= MIN_SIDE_WIDTH && side < dialog.offsetWidth) {
    dialog.style.width = `${Math.floor(side)}px`;
    p = measure();
    if (p.covers) {
      dialog.style.width = '';
      p = measure();
    }
  }
  dialog.style.left = `${Math.round(p.left)}px`;
  dialog.style.top = `${Math.round(p.top)}px`;
}
