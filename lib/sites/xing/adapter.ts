/**
 * XING adapter: the messenger's React-controlled <textarea> composer on /chats/<id>, its send
 * button and form, the chat partner, the first-message signal, birthday context where the page
 * shows it, and the "add people" dialog of group chats.
 *
 * Facts and their confidence (research/dom.md §2): the composer hooks (`data-qa`, `data-xds`,
 * "Nachricht") and the /chats URLs are [S]; the XDS hooks in general are [C]. The send button,
 * Enter-sends, the message list, the birthday banner and pre-filled greeting, and the whole
 * group-chat dialog are [U] (no source): structure and role decide there, labels are hints.
 *
 * Never modifies the page, never throws on unknown DOM.
 */
import { ChainRecorder, closestChain, nameKey, queryChain, queryChainAll, textOf, type SelectorChain } from '../chain';
import type { Composer, ComposerContext, GroupCandidate, GroupDialog, Person, SendControls, SiteAdapter } from '../types';
import { chatIdFromUrl, isXingUiUrl, profileKeyFromHref } from './pages';
import * as S from './selectors';

const rec = new ChainRecorder();

function urlOf(node: Node): URL | null {
  try {
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    return doc ? new URL(doc.URL) : null;
  } catch {
    return null;
  }
}

function closestRecorded(el: Element, chain: SelectorChain): Element | null {
  const hit = closestChain(el, chain);
  if (hit) {
    const i = chain.selectors.findIndex((s) => {
      try {
        return hit.matches(s);
      } catch {
        return false;
      }
    });
    rec.record(chain, i);
  }
  return hit;
}

/** Parts of the chat that are not its header or message list. */
const OUTSIDE = 'form, [role="dialog"], dialog, nav, [aria-modal="true"]';

/**
 * The value each composer had when the adapter first saw it. React 18 keeps a controlled
 * textarea's defaultValue equal to its value, so the DOM cannot tell a pre-filled text from a
 * typed one later.
 */
const firstSeen = new WeakMap<HTMLTextAreaElement, string>();

function findComposers(root: Document | ShadowRoot): Composer[] {
  const out: Composer[] = [];
  for (const el of queryChainAll<HTMLTextAreaElement>(root, S.composer, rec)) {
    if (!(el.tagName === 'TEXTAREA')) continue;
    if (!firstSeen.has(el)) firstSeen.set(el, el.value);
    const form = el.closest('form');
    const scope = closestRecorded(form ?? el, S.chat) ?? form ?? el.parentElement ?? el;
    out.push({ editor: el, kind: 'textarea', surface: 'message', scope });
  }
  return out;
}

function readText(c: Composer): string {
  const el = c.editor as HTMLTextAreaElement;
  return typeof el.value === 'string' ? el.value : (el.textContent ?? '');
}

function headlineOf(scope: Element): Element | null {
  return queryChainAll(scope, S.headline, rec).find((h) => !h.closest(OUTSIDE) && textOf(h) !== '') ?? null;
}

function recipient(scope: Element, url: URL | null): Person | undefined {
  const title = headlineOf(scope);
  const name = textOf(title);
  if (!name) return undefined;
  const list = messageList(scope);
  const links = queryChainAll(scope, S.profileLink, rec).filter((a) => !a.closest(OUTSIDE) && !(list && list.contains(a)));
  // The link around the name; else the header's only profile link (a group chat header may link
  // several members, and then none of them is "the" recipient).
  const link = links.find((a) => title !== null && a.contains(title)) ?? (links.length === 1 ? links[0] : undefined);
  const href = link?.getAttribute('href');
  const chatId = url ? chatIdFromUrl(url) : null;
  const key = (href && profileKeyFromHref(href)) || (chatId ? `xing:chat:${chatId}` : nameKey(name));
  return { key, name };
}

function messageList(scope: Element): Element | null {
  return queryChainAll(scope, S.messageList, rec).find((l) => !l.closest(OUTSIDE) && !l.closest('header')) ?? null;
}

function firstMessage(scope: Element): boolean | undefined {
  if (queryChainAll(scope, S.loading, rec).some((l) => !l.closest(OUTSIDE))) return undefined;
  const list = messageList(scope);
  if (!list) return undefined;
  return queryChainAll(list, S.messageItem, rec).length === 0;
}

const BIRTHDAY = /geburtstag|birthday/i;

/** A birthday notice in the chat's header area (never the messages themselves). */
function birthdayShown(scope: Element): boolean {
  const list = messageList(scope);
  return queryChainAll(scope, S.notice, rec).some((n) => !n.closest(OUTSIDE) && !(list && (list.contains(n) || n.contains(list))) && BIRTHDAY.test(textOf(n)));
}

function readContext(c: Composer): ComposerContext {
  try {
    const url = urlOf(c.editor);
    const ctx: ComposerContext = { recipient: recipient(c.scope, url), firstMessage: firstMessage(c.scope) };
    if (birthdayShown(c.scope)) {
      ctx.occasion = 'birthday';
      const initial = firstSeen.get(c.editor as HTMLTextAreaElement);
      if (initial && initial.trim() !== '') ctx.prefill = initial;
    }
    return ctx;
  } catch {
    return {};
  }
}

function sendControls(c: Composer): SendControls {
  try {
    const form = c.editor.closest('form');
    const button = queryChain<HTMLElement>(form ?? c.scope, S.sendButton, rec);
    // What Enter does: the field's own enterkeyhint when it has one ("send" / "enter"), else
    // Enter sends and Shift+Enter is a newline [U: XING's InputBar behaviour, unverified].
    const hint = c.editor.getAttribute('enterkeyhint')?.toLowerCase();
    const enterSends = hint !== 'enter';
    return { buttons: button ? [button] : [], chips: [], form: form ?? undefined, enterSends, modEnterSends: false };
  } catch {
    return { buttons: [], chips: [], enterSends: false, modEnterSends: false };
  }
}

// ---------------------------------------------------------------------------------------------
// Group chat "add people" dialog [U]

const STATE_MEMBER = /^(bereits im chat|im chat|mitglied|teilnehmer(in)?|already in (?:the )?chat|member|participant)$/i;
const CONFIRM = /^(hinzufügen|personen hinzufügen|add|add people)$/i;
const CANCEL = /^(abbrechen|schließen|cancel|close)$/i;

function isChecked(cb: Element): boolean {
  return cb instanceof HTMLInputElement ? cb.checked : cb.getAttribute('aria-checked') === 'true';
}

function rowOf(cb: Element, dialog: Element): Element {
  const r = closestRecorded(cb, S.row);
  if (r && dialog.contains(r)) return r;
  return cb.parentElement ?? cb;
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

function makeDialog(root: Element, groupKey: string, groupName: string): GroupDialog {
  const boxes = () => queryChainAll(root, S.checkbox, rec);
  return {
    root,
    kind: 'chat-add',
    groupKey,
    groupName,
    selected() {
      try {
        return boxes()
          .filter(isChecked)
          .map((cb) => candidate(rowOf(cb, root)))
          .filter((p): p is GroupCandidate => p !== null);
      } catch {
        return [];
      }
    },
    marked() {
      try {
        const first = boxes()[0];
        const list = first ? rowOf(first, root).parentElement : null;
        if (!list) return [];
        return Array.from(list.children)
          .filter((r) => queryChainAll(r, S.checkbox).length === 0)
          .map((r) => candidate(r))
          .filter((p): p is GroupCandidate => p !== null)
          .map((p) => ({ ...p, state: 'member' as const }));
      } catch {
        return [];
      }
    },
    confirmControl() {
      try {
        const buttons = queryChainAll<HTMLElement>(root, S.dialogButton, rec);
        const label = (b: Element) => b.getAttribute('aria-label')?.trim() || textOf(b);
        const byLabel = buttons.find((b) => CONFIRM.test(label(b)));
        if (byLabel) return byLabel;
        // Structure: the dialog's last button that is not Cancel/Close.
        const rest = buttons.filter((b) => !CANCEL.test(label(b)) && b.getAttribute('type') !== 'search');
        return rest[rest.length - 1] ?? null;
      } catch {
        return null;
      }
    },
  };
}

function findGroupDialogs(root: Document | ShadowRoot): GroupDialog[] {
  try {
    const url = urlOf(root);
    const chatId = url ? chatIdFromUrl(url) : null;
    if (!chatId) return [];
    const out: GroupDialog[] = [];
    for (const d of queryChainAll(root, S.dialog, rec)) {
      if (queryChainAll(d, S.checkbox, rec).length === 0) continue;
      const chatEl = closestRecorded(d, S.chat) ?? d.ownerDocument.body;
      const name = textOf(headlineOf(chatEl)) || chatId;
      out.push(makeDialog(d, `xing:chat:${chatId}`, name));
    }
    return out;
  } catch {
    return [];
  }
}

export const xing: SiteAdapter = {
  site: 'xing',
  matchesUrl: (url) => isXingUiUrl(url),
  // XING renders its messenger in the light DOM.
  shadowRoots: () => [],
  findComposers: (root) => {
    try {
      return findComposers(root);
    } catch {
      return [];
    }
  },
  readContext,
  readText,
  sendControls,
  findGroupDialogs,
  health: () => rec.names(),
};
