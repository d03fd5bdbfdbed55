/**
 * The "add people" dialog of XING group chats — a hypothesis [U]: no source shows it. Found by
 * structure (a dialog of checkbox rows on a chat page); labels only confirm its action.
 */
import { closestChain, nameKey, queryChainAll, textOf, type Recorder } from '../kit/chain';
import { urlOf } from '../kit/dom';
import { checkboxDialog, confirmControl } from '../kit/groups';
import type { GroupCandidate, GroupDialog } from '../types';
import { headlineOf } from './context';
import { chatIdFromUrl, profileKeyFromHref } from './pages';
import * as S from './selectors';
import { STATE_MEMBER } from './text';

function rowOf(box: Element, dialog: Element, rec: Recorder): Element {
  const r = closestChain(box, S.row, rec);
  if (r && dialog.contains(r)) return r;
  return box.parentElement ?? box;
}

function rowName(row: Element): string {
  const parts = Array.from(row.querySelectorAll('span, label, p'))
    .filter((e) => e.children.length === 0)
    .map((e) => textOf(e))
    .filter((t) => t && !STATE_MEMBER.test(t));
  return parts[0] ?? textOf(row);
}

function candidate(row: Element): GroupCandidate | null {
  const name = rowName(row);
  if (!name) return null;
  const href = row.querySelector('a[href]')?.getAttribute('href');
  return { key: (href && profileKeyFromHref(href)) || nameKey(name), name, row };
}

export function findGroupDialogs(root: Document | ShadowRoot, rec: Recorder): GroupDialog[] {
  const url = urlOf(root);
  const chatId = url ? chatIdFromUrl(url) : null;
  if (!chatId) return [];
  const out: GroupDialog[] = [];
  for (const d of queryChainAll(root, S.dialog, rec)) {
    if (queryChainAll(d, S.checkbox, rec).length === 0) continue;
    const chatEl = closestChain(d, S.chat, rec) ?? d.ownerDocument.body;
    const name = textOf(headlineOf(chatEl, rec)) || chatId;
    out.push(
      checkboxDialog({
        root: d,
        kind: 'chat-add',
        groupKey: `xing:chat:${chatId}`,
        groupName: name,
        boxes: () => queryChainAll(d, S.checkbox, rec),
        rowOf: (box) => rowOf(box, d, rec),
        candidate: (row) => candidate(row),
        stateOf: () => 'member',
        confirm: () => confirmControl(d, S.addConfirm, S.CANCEL, rec, S.confirmStructure),
      }),
    );
  }
  return out;
}
