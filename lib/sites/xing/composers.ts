/**
 * XING composers: the messenger's React-controlled <textarea> on /chats/<id>, and the newer chat
 * composer (`data-testid="chat-reply-input"`, "Antwort eingeben") in a lightbox that a profile's
 * "Nachricht schreiben" opens (research/dom-2026.md: XING PARTLY, src 67359775781 [S]).
 *
 * Enter: no source shows what Enter does in either composer (NO EVIDENCE). Guarding Enter where it
 * is a newline would hold the user's line breaks, so Enter counts as a send only where the field
 * says so itself (`enterkeyhint="send"`); the send button and the form are always guarded.
 */
import { closestChain, queryChain, queryChainAll, queryEveryAlternative, type Recorder } from '../kit/chain';
import { structuralSend } from '../kit/controls';
import { rememberFirstSight } from '../kit/dom';
import type { Composer, SendControls } from '../types';
import * as S from './selectors';

/** Parts of a chat that are not its header or message list. */
export const OUTSIDE = 'form, [role="dialog"], dialog, nav, [aria-modal="true"]';

/** Whether `el` sits in a form, dialog or nav *inside* the scope (the scope itself may be a lightbox dialog). */
export function outside(el: Element, scope: Element): boolean {
  for (let up: Element | null = el; up && up !== scope; up = up.parentElement) {
    if (up.matches(OUTSIDE)) return true;
  }
  return false;
}

export function findComposers(root: Document | ShadowRoot, rec: Recorder): Composer[] {
  const out: Composer[] = [];
  const hooked = queryEveryAlternative<HTMLTextAreaElement>(root, S.composer, rec);
  for (const el of hooked.length > 0 ? hooked : queryChainAll<HTMLTextAreaElement>(root, S.composerByLabel, rec)) {
    if (el.tagName !== 'TEXTAREA') continue;
    // The value at first sight: React 18 keeps a controlled textarea's defaultValue equal to its
    // value, so the DOM cannot tell a pre-filled text from a typed one later.
    rememberFirstSight(el, el.value);
    const form = el.closest('form');
    const from = form ?? el;
    const scope = closestChain(from, S.lightbox, rec) ?? closestChain(from, S.chat, rec) ?? form ?? el.parentElement ?? el;
    out.push({ editor: el, kind: 'textarea', surface: 'message', scope });
  }
  return out;
}

export function readText(c: Composer): string {
  const el = c.editor as HTMLTextAreaElement;
  return typeof el.value === 'string' ? el.value : (el.textContent ?? '');
}

export function sendControls(c: Composer, rec: Recorder): SendControls {
  const form = c.editor.closest('form');
  let button = queryChain<HTMLElement>(form ?? c.scope, S.sendButton, rec);
  if (!button) {
    const probe = { confirm: S.sendLabel, structure: S.sendStructure };
    button = structuralSend(c.editor, c.scope, readText(c).trim() !== '', probe, rec);
  }
  const enterSends = c.editor.getAttribute('enterkeyhint')?.toLowerCase() === 'send';
  return { buttons: button ? [button] : [], chips: [], form: form ?? undefined, enterSends, modEnterSends: false };
}
