/**
 * Writing into the site's composer — ONLY when the user asks for it, ONLY through the browser's
 * editing pipeline (so React/Lexical/LinkedIn update their own state), and read back to verify.
 */
import type { Composer } from '../sites/types';
import { isTextarea } from './dom';

function selectionFor(el: Element): Selection | null {
  const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return (root as { getSelection?: () => Selection | null }).getSelection?.() ?? el.ownerDocument.getSelection();
}

/** Put the caret at the end of the composer. */
export function caretToEnd(composer: Composer): void {
  const el = composer.editor;
  el.focus();
  if (isTextarea(el)) {
    el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  const sel = selectionFor(el);
  if (!sel) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Put the caret at the start of the composer. */
export function caretToStart(composer: Composer): void {
  const el = composer.editor;
  el.focus();
  if (isTextarea(el)) {
    el.setSelectionRange(0, 0);
    return;
  }
  const sel = selectionFor(el);
  if (!sel) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Remember where the caret was, to put it back after a dialog took focus. */
export function saveCaret(composer: Composer): () => void {
  const el = composer.editor;
  if (isTextarea(el)) {
    const { selectionStart, selectionEnd } = el;
    return () => {
      el.focus();
      el.setSelectionRange(selectionStart, selectionEnd);
    };
  }
  const sel = selectionFor(el);
  const range = sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).startContainer) ? sel.getRangeAt(0).cloneRange() : null;
  return () => {
    el.focus({ preventScroll: true });
    const s = selectionFor(el);
    if (range && s && el.contains(range.startContainer)) {
      s.removeAllRanges();
      s.addRange(range);
    } else {
      caretToEnd(composer);
    }
  };
}

/**
 * Append text at the end of the composer as the user would type it. Returns a promise that
 * resolves to true once reading the composer back shows the text (Lexical commits async).
 */
export async function appendText(composer: Composer, text: string, read: () => string, timeoutMs = 2000): Promise<boolean> {
  const before = read();
  const piece = before.trim() === '' ? text : `${/\s$/.test(before) ? '' : ' '}${text}`;
  if (!insertAt(composer, piece, 'end')) return false;
  return readBack(() => read().includes(text.trim()), timeoutMs);
}

/**
 * Put text at the start of the composer (the user's own opening, before the ask), as the user
 * would type it there; true once reading the composer back shows it.
 */
export async function prependText(composer: Composer, text: string, read: () => string, timeoutMs = 2000): Promise<boolean> {
  const before = read();
  const piece = before.trim() === '' ? text : `${text}${/^\s/.test(before) ? '' : ' '}`;
  if (!insertAt(composer, piece, 'start')) return false;
  return readBack(() => read().trimStart().startsWith(text.trim()), timeoutMs);
}

function insertAt(composer: Composer, piece: string, where: 'start' | 'end'): boolean {
  const el = composer.editor;
  if (isTextarea(el)) {
    if (where === 'end') caretToEnd(composer);
    else caretToStart(composer);
    // The native setter: React's value tracker then sees a real change on `input`.
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    if (!setter) return false;
    setter.call(el, where === 'end' ? el.value + piece : piece + el.value);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: piece }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }
  if (where === 'end') caretToEnd(composer);
  else caretToStart(composer);
  // execCommand fires a trusted-path beforeinput/input that Lexical and LinkedIn's editor honour.
  return el.ownerDocument.execCommand('insertText', false, piece);
}

async function readBack(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (done()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}
