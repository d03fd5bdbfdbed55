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
  const el = composer.editor;
  const before = read();
  const piece = before.trim() === '' ? text : `${/\s$/.test(before) ? '' : ' '}${text}`;
  if (isTextarea(el)) {
    caretToEnd(composer);
    // The native setter: React's value tracker then sees a real change on `input`.
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    if (!setter) return false;
    setter.call(el, el.value + piece);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: piece }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    caretToEnd(composer);
    // execCommand fires a trusted-path beforeinput/input that Lexical and LinkedIn's editor honour.
    const ok = el.ownerDocument.execCommand('insertText', false, piece);
    if (!ok) return false;
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = read();
    if (now.includes(text.trim())) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}
