/**
 * What a XING chat says about its conversation: the partner (chat header, or the profile page a
 * lightbox chat was opened on), whether anything was exchanged yet (kit/settle.ts: believed empty
 * only after it stayed so), and a birthday where the page shows one [U: no source].
 */
import { nameKey, queryChain, queryChainAll, textOf, type Recorder } from '../kit/chain';
import { firstSight, urlOf } from '../kit/dom';
import { historyEmpty } from '../kit/settle';
import type { Composer, ComposerContext, Person } from '../types';
import { outside } from './composers';
import { chatIdFromUrl, profileKeyFromHref } from './pages';
import * as S from './selectors';
import { BIRTHDAY } from './text';

export function headlineOf(scope: Element, rec: Recorder): Element | null {
  const header = queryChain(scope, S.lightboxHeader, rec);
  const within = header ?? scope;
  return queryChainAll(within, S.headline, rec).find((h) => !outside(h, scope) && textOf(h) !== '') ?? null;
}

function messageList(scope: Element, rec: Recorder): Element | null {
  return queryChainAll(scope, S.messageList, rec).find((l) => !outside(l, scope) && !l.closest('header, nav')) ?? null;
}

function recipient(c: Composer, url: URL | null, rec: Recorder): Person | undefined {
  const scope = c.scope;
  const title = headlineOf(scope, rec);
  const inLightbox = scope.matches('[role="dialog"], [aria-modal="true"]');
  // A lightbox chat on a profile page: the page's own name heading names the partner [S].
  const pageTitle = !title && inLightbox ? queryChain(scope.ownerDocument, S.profileName, rec) : null;
  const name = textOf(title ?? pageTitle);
  if (!name) {
    rec.fail('xing.recipient', 'not-found');
    return undefined;
  }
  const list = messageList(scope, rec);
  const links = queryChainAll(scope, S.profileLink, rec).filter((a) => !outside(a, scope) && !(list && list.contains(a)));
  // The link around the name; else the header's only profile link (a group chat header may link
  // several members, and then none of them is "the" recipient).
  const link = links.find((a) => title !== null && a.contains(title)) ?? (links.length === 1 ? links[0] : undefined);
  const href = link?.getAttribute('href');
  const chatId = url ? chatIdFromUrl(url) : null;
  const pageKey = inLightbox && url ? profileKeyFromHref(url.href) : null;
  const key = (href && profileKeyFromHref(href)) || pageKey || (chatId ? `xing:chat:${chatId}` : nameKey(name));
  return { key, name };
}

function firstMessage(scope: Element, rec: Recorder): boolean | undefined {
  if (queryChainAll(scope, S.loading, rec).some((l) => !outside(l, scope))) return undefined;
  const list = messageList(scope, rec);
  if (!list) {
    rec.fail('xing.messageList', 'not-found');
    return undefined;
  }
  return historyEmpty(list, queryChainAll(list, S.messageItem, rec).length);
}

/** A scan found this composer: start its conversation's quiet period now. */
export function observeHistory(c: Composer, rec: Recorder): boolean {
  if (queryChainAll(c.scope, S.loading).some((l) => !outside(l, c.scope))) return false;
  const list = messageList(c.scope, rec);
  return list !== null && list !== undefined && historyEmpty(list, queryChainAll(list, S.messageItem).length) !== undefined;
}

/** A birthday notice in the chat's header area (never the messages themselves). */
function birthdayShown(scope: Element, rec: Recorder): boolean {
  const list = messageList(scope, rec);
  return queryChainAll(scope, S.notice, rec).some((n) => !outside(n, scope) && !(list && (list.contains(n) || n.contains(list))) && BIRTHDAY.test(textOf(n)));
}

export function readContext(c: Composer, rec: Recorder): ComposerContext {
  const url = urlOf(c.editor);
  const ctx: ComposerContext = { recipient: recipient(c, url, rec), firstMessage: firstMessage(c.scope, rec) };
  if (birthdayShown(c.scope, rec)) {
    ctx.occasion = 'birthday';
    const initial = firstSight(c.editor);
    if (initial && initial.trim() !== '') ctx.prefill = initial;
  }
  return ctx;
}
