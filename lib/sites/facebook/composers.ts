/**
 * Facebook composers: the Lexical composers of full-page threads (facebook.com/messages), chat
 * tabs and birthday wall posts; what they hold; how they are sent. Comment and post boxes are
 * left alone.
 */
import { closestChain, matchIndex, queryChain, queryChainAll, type Recorder, type SelectorChain } from '../kit/chain';
import { structuralSend } from '../kit/controls';
import { urlOf } from '../kit/dom';
import type { Composer, SendControls } from '../types';
import { isBirthdaysUrl, threadFromUrl } from './pages';
import * as S from './selectors';
import { lexicalText } from './text';

export type Where = 'thread' | 'chat-tab' | 'wall';

/** Where the composer lives, or null for composers Taktvoll leaves alone (comments, posts). */
export function classify(el: HTMLElement, url: URL | null, rec: Recorder): { where: Where; scope: Element } | null {
  // Chat tab: a dialog holding a chat composer or a conversation grid. ("Create post" dialogs
  // have neither, so they stay out.)
  const dialog = closestChain(el, S.chatTab, rec);
  if (dialog) {
    if (matchIndex(el, S.messageLabel, rec) >= 0 || queryChain(dialog, S.messageGrid, rec)) return { where: 'chat-tab', scope: dialog };
    return null;
  }
  if (matchIndex(el, S.wallLabel, rec) >= 0 || (url && isBirthdaysUrl(url) && closestChain(el, S.threadMain))) {
    return { where: 'wall', scope: cardScope(el) };
  }
  const main = closestChain(el, S.threadMain, rec);
  if (main && url && threadFromUrl(url)) return { where: 'thread', scope: main };
  // A chat composer by its label on a layout without the thread URL (e.g. an embedded inbox).
  if (matchIndex(el, S.messageLabel, rec) >= 0) return { where: 'thread', scope: main ?? el.parentElement ?? el };
  return null;
}

/** The card around a wall composer: the largest ancestor that still holds exactly one profile link. */
function cardScope(el: HTMLElement): Element {
  let scope: Element = el;
  for (let up = el.parentElement, depth = 0; up && depth < 12; up = up.parentElement, depth++) {
    if (up.matches('body, [role="main"]')) break;
    const links = up.querySelectorAll('a[href]').length;
    if (links > 1) break;
    scope = up;
  }
  return scope;
}

export function findComposers(root: Document | ShadowRoot, rec: Recorder): Composer[] {
  const url = urlOf(root);
  const out: Composer[] = [];
  for (const el of queryChainAll<HTMLElement>(root, S.editor, rec)) {
    const c = classify(el, url, rec);
    if (!c) continue;
    const surface = c.where === 'wall' ? (url && isBirthdaysUrl(url) ? 'birthday' : 'wall-post') : 'message';
    out.push({ editor: el, kind: el.getAttribute('data-lexical-editor') === 'true' ? 'lexical' : 'contenteditable', surface, scope: c.scope });
  }
  return out;
}

export function readText(c: Composer): string {
  if (c.editor instanceof HTMLTextAreaElement) return c.editor.value;
  return lexicalText(c.editor);
}

/** The control nearest to the editor by label alone: search outward, one ancestor at a time, up to the scope. */
function nearest(editor: Element, scope: Element, chain: SelectorChain, rec: Recorder): HTMLElement | null {
  for (let up = editor.parentElement; up; up = up.parentElement) {
    const hit = queryChain<HTMLElement>(up, chain, rec);
    if (hit) return hit;
    if (up === scope) break;
  }
  return null;
}

/**
 * The send (or post) control: by structure first — the div[role=button] after the editor in its
 * row, confirmed by a label in any known language or by enabling with the text — then by label
 * alone, nearest to the editor. Enter sends in chats [C]; in the birthday card composer Enter
 * posts like a comment box [U].
 */
export function sendControls(c: Composer, rec: Recorder): SendControls {
  const message = c.surface === 'message';
  const hasText = readText(c).trim() !== '';
  const probe = { confirm: message ? S.sendLabel : S.postLabel, never: S.NOT_SEND, structure: S.sendStructure };
  const button = structuralSend(c.editor, c.scope, hasText, probe, rec) ?? nearest(c.editor, c.scope, message ? S.sendButton : S.postButton, rec);
  return { buttons: button ? [button] : [], chips: [], enterSends: true, modEnterSends: false };
}
