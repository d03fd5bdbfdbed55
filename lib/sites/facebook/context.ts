/**
 * What a Facebook page says about the conversation a composer belongs to: the recipient (thread
 * header, chat tab, birthday card), whether anything was exchanged yet, the birthday occasion.
 * The recipient header and "zero rows = first message" are [U] (dom.md §3; research/dom-2026.md
 * NO EVIDENCE): the history is believed empty only after it stayed so (kit/settle.ts).
 */
import { nameKey, queryChain, queryChainAll, textOf, type Recorder } from '../kit/chain';
import { urlOf } from '../kit/dom';
import { historyEmpty } from '../kit/settle';
import type { Composer, ComposerContext, Person } from '../types';
import { classify } from './composers';
import { isBirthdaysUrl, profileKeyFromHref, threadFromUrl } from './pages';
import * as S from './selectors';
import { SITE_TITLE, WALL, WRITE_TO } from './text';

function fromLabel(el: Element, patterns: RegExp[]): string | undefined {
  const label = el.getAttribute('aria-label')?.trim() ?? '';
  for (const p of patterns) {
    const m = p.exec(label);
    if (m?.[1]) return m[1].replace(/[….]+$/, '').trim();
  }
  return undefined;
}

function personFromLink(link: Element | null, fallbackName?: string): Person | undefined {
  const name = textOf(link) || fallbackName;
  if (!name) return undefined;
  const href = link?.getAttribute('href');
  const key = (href && profileKeyFromHref(href)) || nameKey(name);
  return { key, name };
}

function threadRecipient(scope: Element, url: URL | null, rec: Recorder): Person | undefined {
  const heading = queryChain(scope, S.headerName, rec);
  let name = textOf(heading);
  if (!name) name = textOf(queryChain(scope.ownerDocument, S.selectedChat, rec));
  if (!name) {
    const title = (scope.ownerDocument.title ?? '').replace(/^\(\d+\)\s*/, '').replace(/\s*[|·-]\s*(Messenger|Facebook)\s*$/i, '').trim();
    if (title && !SITE_TITLE.test(title)) name = title;
  }
  if (!name) {
    rec.fail('facebook.recipient', 'not-found');
    return undefined;
  }
  const href = heading?.closest('a[href]')?.getAttribute('href');
  const thread = url ? threadFromUrl(url) : null;
  const key = (href && profileKeyFromHref(href)) || (thread ? `facebook:thread:${thread.id}` : nameKey(name));
  return { key, name };
}

function chatTabRecipient(editor: Element, dialog: Element, rec: Recorder): Person | undefined {
  const link = queryChain(dialog, S.profileLink, rec);
  const labelled = fromLabel(editor, WRITE_TO);
  const linked = textOf(link);
  // The header link names the person, unless the composer's label names somebody else.
  if (link && linked && (!labelled || labelled.includes(linked) || linked.includes(labelled))) return personFromLink(link);
  const name = labelled ?? dialog.getAttribute('aria-label')?.trim();
  return name ? { key: nameKey(name), name } : undefined;
}

function wallRecipient(editor: Element, card: Element, rec: Recorder): Person | undefined {
  const link = queryChain(card, S.profileLink, rec);
  if (link && textOf(link)) return personFromLink(link);
  const name = fromLabel(editor, WALL);
  return name ? { key: nameKey(name), name } : undefined;
}

/** The conversation's message grid (not the chat list in the navigation). */
function gridOf(scope: Element, rec: Recorder): Element | null {
  return queryChainAll(scope, S.messageGrid, rec).find((g) => !g.closest('[role="navigation"]')) ?? null;
}

/** true = no messages for the settle period; false = history; undefined = loading, settling, or no grid found. */
function firstMessage(scope: Element, rec: Recorder): boolean | undefined {
  if (queryChain(scope, S.loading, rec)) return undefined;
  const grid = gridOf(scope, rec);
  if (!grid) {
    rec.fail('facebook.messageGrid', 'not-found');
    return undefined;
  }
  return historyEmpty(grid, queryChainAll(grid, S.messageRow, rec).length);
}

/** A scan found this composer: start its conversation's quiet period now. */
export function observeHistory(c: Composer, rec: Recorder): boolean {
  if (c.surface !== 'message') return true;
  if (queryChain(c.scope, S.loading)) return false;
  const grid = gridOf(c.scope, rec);
  return grid !== null && grid !== undefined && historyEmpty(grid, queryChainAll(grid, S.messageRow).length) !== undefined;
}

/** Names shown on the birthdays page's cards (profile links in the main column). */
function birthdayNames(doc: Document, rec: Recorder): Set<string> {
  const main = queryChain(doc, S.threadMain, rec);
  return new Set(main ? queryChainAll(main, S.profileLink, rec).map((a) => textOf(a)).filter(Boolean) : []);
}

export function readContext(c: Composer, rec: Recorder): ComposerContext {
  const url = urlOf(c.editor);
  const where = classify(c.editor, url, rec)?.where;
  if (where === 'wall') {
    return { recipient: wallRecipient(c.editor, c.scope, rec), occasion: url && isBirthdaysUrl(url) ? 'birthday' : undefined };
  }
  if (where === 'chat-tab') {
    const recipient = chatTabRecipient(c.editor, c.scope, rec);
    const ctx: ComposerContext = { recipient, firstMessage: firstMessage(c.scope, rec) };
    if (url && isBirthdaysUrl(url) && recipient && birthdayNames(c.editor.ownerDocument, rec).has(recipient.name)) ctx.occasion = 'birthday';
    return ctx;
  }
  return { recipient: threadRecipient(c.scope, url, rec), firstMessage: firstMessage(c.scope, rec) };
}
