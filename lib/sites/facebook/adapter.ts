/**
 * Facebook / Messenger adapter: the Lexical composers of full-page threads (facebook.com and
 * messenger.com), chat tabs and birthday wall posts; the group "Invite friends" dialog and the
 * Messenger "Add people" dialog. Same adapter on www.facebook.com and www.messenger.com.
 *
 * Facts and their confidence (research/dom.md): the Lexical textbox, the "Message" / "Write to
 * <Name>" labels, the div[role=button] send control, the thread URLs, role=grid for the open
 * conversation, the invite dialog's role=checkbox rows and "Send invitations" are [C]. The
 * recipient header, "zero rows after load = first message", the loading signal, the wall
 * composer label, German labels and the whole "Add people" dialog are [U]: where a label is a
 * guess, structure and role decide and the label is only a hint.
 *
 * Never modifies the page, never throws on unknown DOM.
 */
import { ChainRecorder, closestChain, nameKey, queryChain, queryChainAll, textOf, type SelectorChain } from '../chain';
import type { Composer, ComposerContext, GroupCandidate, GroupDialog, Person, SendControls, SiteAdapter } from '../types';
import { groupIdFromUrl, isBirthdaysUrl, isFacebookUiUrl, profileKeyFromHref, threadFromUrl } from './pages';
import * as S from './selectors';

const rec = new ChainRecorder();

/** Index of the first selector of the chain that `el` matches (recorded), or -1. */
function matchIndex(el: Element, chain: SelectorChain): number {
  for (const [i, selector] of chain.selectors.entries()) {
    try {
      if (el.matches(selector)) {
        rec.record(chain, i);
        return i;
      }
    } catch {
      /* selector unsupported by this engine: next */
    }
  }
  return -1;
}

/** True when `el` matches one of the chain's label alternatives (all but the last, structural one). */
function labelled(el: Element, chain: SelectorChain): boolean {
  const i = matchIndex(el, chain);
  return i >= 0 && i < chain.selectors.length - 1;
}

function closestRecorded(el: Element, chain: SelectorChain): Element | null {
  const hit = closestChain(el, chain);
  if (hit) rec.record(chain, chain.selectors.findIndex((s) => safeMatches(hit, s)));
  return hit;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function urlOf(node: Node): URL | null {
  try {
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    return doc ? new URL(doc.URL) : null;
  } catch {
    return null;
  }
}

function rootDocument(root: Document | ShadowRoot): Document {
  // nodeType, not instanceof: Document classes differ between worlds and test environments.
  return root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
}

// ---------------------------------------------------------------------------------------------
// Composers

type Where = 'thread' | 'chat-tab' | 'wall';

/** Where the composer lives, or null for composers Taktvoll leaves alone (comments, posts). */
function classify(el: HTMLElement, url: URL | null): { where: Where; scope: Element } | null {
  // Chat tab: a dialog holding a chat composer or a conversation grid. ("Create post" dialogs
  // have neither, so they stay out.)
  const dialog = closestRecorded(el, S.chatTab);
  if (dialog) {
    if (matchIndex(el, S.messageLabel) >= 0 || queryChain(dialog, S.messageGrid, rec)) return { where: 'chat-tab', scope: dialog };
    return null;
  }
  if (matchIndex(el, S.wallLabel) >= 0 || (url && isBirthdaysUrl(url) && closestChain(el, S.threadMain))) {
    return { where: 'wall', scope: cardScope(el) };
  }
  const main = closestRecorded(el, S.threadMain);
  if (main && url && threadFromUrl(url)) return { where: 'thread', scope: main };
  // A chat composer by its label on a layout without the thread URL (e.g. an embedded inbox).
  if (matchIndex(el, S.messageLabel) >= 0) return { where: 'thread', scope: main ?? el.parentElement ?? el };
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

function findComposers(root: Document | ShadowRoot): Composer[] {
  const url = urlOf(root);
  const out: Composer[] = [];
  for (const el of queryChainAll<HTMLElement>(root, S.editor, rec)) {
    const c = classify(el, url);
    if (!c) continue;
    const surface = c.where === 'wall' ? (url && isBirthdaysUrl(url) ? 'birthday' : 'wall-post') : 'message';
    out.push({ editor: el, kind: el.getAttribute('data-lexical-editor') === 'true' ? 'lexical' : 'contenteditable', surface, scope: c.scope });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text

// Zero-width space / BOM that Lexical and IMEs leave in text nodes (not joiners: emoji need them).
const INVISIBLE = /\u200b|\ufeff/g;

function inlineText(node: Node, blockEnd: Node | null, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.getAttribute('aria-hidden') === 'true') continue;
      const tag = el.tagName.toLowerCase();
      // Lexical adds a trailing <br> to a block whose last node is a line break (and to empty
      // blocks) so the caret has a place: it is not part of the text.
      if (tag === 'br') {
        if (el !== blockEnd) out.push('\n');
      } else if (tag === 'img') out.push(el.getAttribute('alt') ?? '');
      else inlineText(el, blockEnd, out);
    }
  }
}

/** Lexical's text: one line per block (paragraph), line breaks inside a block kept; placeholder excluded. */
export function lexicalText(root: HTMLElement): string {
  const blocks = Array.from(root.children).filter((b) => b.getAttribute('aria-hidden') !== 'true');
  if (blocks.length === 0) return (root.textContent ?? '').replace(INVISIBLE, '');
  return blocks
    .map((block) => {
      const out: string[] = [];
      inlineText(block, block.lastChild, out);
      return out.join('');
    })
    .join('\n')
    .replace(INVISIBLE, '');
}

function readText(c: Composer): string {
  if (c.editor instanceof HTMLTextAreaElement) return c.editor.value;
  try {
    return lexicalText(c.editor);
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Context

// "Nachricht an <Name>" is a guess [U]; a trailing "schreiben"/"senden" is tolerated.
const WRITE_TO = [/^Write to (.+)$/i, /^Nachricht an (.+?)(?: (?:schreiben|senden))?$/i, /^Nhắn tin cho (.+)$/i];
const WALL = [/^Write on (.+?)['’]s (?:profile|timeline)/i, /^Write something to (.+?)[.…]*$/i, /auf (.+?)s (?:Profil|Chronik)/i];

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

function threadRecipient(scope: Element, url: URL | null): Person | undefined {
  const heading = queryChain(scope, S.headerName, rec);
  let name = textOf(heading);
  if (!name) name = textOf(queryChain(scope.ownerDocument, S.selectedChat, rec));
  if (!name) {
    const title = (scope.ownerDocument.title ?? '').replace(/^\(\d+\)\s*/, '').replace(/\s*[|·-]\s*(Messenger|Facebook)\s*$/i, '').trim();
    if (title && !/^(messenger|facebook|chats)$/i.test(title)) name = title;
  }
  if (!name) return undefined;
  const href = heading?.closest('a[href]')?.getAttribute('href');
  const thread = url ? threadFromUrl(url) : null;
  const key = (href && profileKeyFromHref(href)) || (thread ? `facebook:thread:${thread.id}` : nameKey(name));
  return { key, name };
}

function chatTabRecipient(editor: Element, dialog: Element): Person | undefined {
  const link = queryChain(dialog, S.profileLink, rec);
  const labelled = fromLabel(editor, WRITE_TO);
  const linked = textOf(link);
  // The header link names the person, unless the composer's label names somebody else.
  if (link && linked && (!labelled || labelled.includes(linked) || linked.includes(labelled))) return personFromLink(link);
  const name = labelled ?? dialog.getAttribute('aria-label')?.trim();
  return name ? { key: nameKey(name), name } : undefined;
}

function wallRecipient(editor: Element, card: Element): Person | undefined {
  const link = queryChain(card, S.profileLink, rec);
  if (link && textOf(link)) return personFromLink(link);
  const name = fromLabel(editor, WALL);
  return name ? { key: nameKey(name), name } : undefined;
}

/** true = no messages after loading; false = history; undefined = loading or no grid found. */
function firstMessage(scope: Element): boolean | undefined {
  if (queryChain(scope, S.loading, rec)) return undefined;
  const grid = queryChainAll(scope, S.messageGrid, rec).find((g) => !g.closest('[role="navigation"]'));
  if (!grid) return undefined;
  return queryChainAll(grid, S.messageRow, rec).length === 0;
}

/** Names shown on the birthdays page's cards (profile links in the main column). */
function birthdayNames(doc: Document): Set<string> {
  const main = queryChain(doc, S.threadMain, rec);
  return new Set(main ? queryChainAll(main, S.profileLink, rec).map((a) => textOf(a)).filter(Boolean) : []);
}

function readContext(c: Composer): ComposerContext {
  try {
    const url = urlOf(c.editor);
    const where = classify(c.editor, url)?.where;
    if (where === 'wall') {
      return { recipient: wallRecipient(c.editor, c.scope), occasion: url && isBirthdaysUrl(url) ? 'birthday' : undefined };
    }
    if (where === 'chat-tab') {
      const recipient = chatTabRecipient(c.editor, c.scope);
      const ctx: ComposerContext = { recipient, firstMessage: firstMessage(c.scope) };
      if (url && isBirthdaysUrl(url) && recipient && birthdayNames(c.editor.ownerDocument).has(recipient.name)) ctx.occasion = 'birthday';
      return ctx;
    }
    return { recipient: threadRecipient(c.scope, url), firstMessage: firstMessage(c.scope) };
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------------------------------------
// Send controls

/** The control nearest to the editor: search outward, one ancestor at a time, up to the scope. */
function nearest(editor: Element, scope: Element, chain: SelectorChain): HTMLElement | null {
  for (let up = editor.parentElement; up; up = up.parentElement) {
    const hit = queryChain<HTMLElement>(up, chain, rec);
    if (hit) return hit;
    if (up === scope) break;
  }
  return null;
}

function sendControls(c: Composer): SendControls {
  try {
    const chain = c.surface === 'message' ? S.sendButton : S.postButton;
    const button = nearest(c.editor, c.scope, chain);
    // Enter sends in chats [C]; in the birthday card composer Enter posts like a comment box [U].
    return { buttons: button ? [button] : [], chips: [], enterSends: true, modEnterSends: false };
  } catch {
    return { buttons: [], chips: [], enterSends: false, modEnterSends: false };
  }
}

// ---------------------------------------------------------------------------------------------
// Group dialogs

const STATE_INVITED = /^(invited|eingeladen|invitée?s?|invitato|invitata)$/i;
const STATE_MEMBER = /^(member|mitglied|membre|membro|joined|beigetreten|already in (?:the )?(?:group|chat)|bereits (?:im chat|in der gruppe|mitglied))$/i;
const STATE_LEFT = /^(left( the group)?|hat die gruppe verlassen|verlassen)$/i;

function isChecked(cb: Element): boolean {
  if (cb instanceof HTMLInputElement) return cb.checked;
  return cb.getAttribute('aria-checked') === 'true';
}

/** The row of a checkbox: the largest ancestor (inside the dialog) that holds only this checkbox. */
function rowOf(cb: Element, dialog: Element): Element {
  let row = cb;
  for (let up = cb.parentElement; up && up !== dialog; up = up.parentElement) {
    if (queryChainAll(up, S.checkbox).length !== 1) break;
    row = up;
  }
  return row;
}

function rowTexts(row: Element): string[] {
  const spans = Array.from(row.querySelectorAll('span[dir="auto"]')).map((s) => textOf(s)).filter(Boolean);
  return spans.length > 0 ? spans : [textOf(row)].filter(Boolean);
}

function candidate(row: Element, cb: Element | null): GroupCandidate | null {
  const texts = rowTexts(row).filter((t) => !STATE_INVITED.test(t) && !STATE_MEMBER.test(t) && !STATE_LEFT.test(t));
  const label = cb?.getAttribute('aria-label')?.trim();
  const name = (label && !/^(select|auswählen)/i.test(label) ? label : texts[0]) ?? '';
  if (!name) return null;
  const href = row.querySelector('a[href]')?.getAttribute('href');
  return { key: (href && profileKeyFromHref(href)) || nameKey(name), name, row };
}

function stateOf(row: Element, kind: GroupDialog['kind']): GroupCandidate['state'] {
  const texts = rowTexts(row);
  if (texts.some((t) => STATE_LEFT.test(t))) return 'left';
  if (texts.some((t) => STATE_INVITED.test(t))) return 'invited';
  if (texts.some((t) => STATE_MEMBER.test(t))) return 'member';
  // A friend row without a checkbox is already invited (group) [C] / already in the chat [U].
  return kind === 'group-invite' ? 'invited' : 'member';
}

function makeDialog(root: Element, kind: GroupDialog['kind'], groupKey: string, groupName: string, confirm: SelectorChain): GroupDialog {
  const boxes = () => queryChainAll(root, S.checkbox, rec);
  return {
    root,
    kind,
    groupKey,
    groupName,
    selected() {
      try {
        return boxes()
          .filter(isChecked)
          .map((cb) => candidate(rowOf(cb, root), cb))
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
        const out: GroupCandidate[] = [];
        for (const row of Array.from(list.children)) {
          if (queryChainAll(row, S.checkbox).length > 0) continue;
          const p = candidate(row, null);
          if (p) out.push({ ...p, state: stateOf(row, kind) });
        }
        return out;
      } catch {
        return [];
      }
    },
    confirmControl() {
      try {
        const byLabel = queryChain<HTMLElement>(root, confirm, rec);
        if (byLabel) return byLabel;
        // Structure: the dialog's confirm action is its last button (close buttons sit in the header).
        const buttons = queryChainAll<HTMLElement>(root, S.anyButton, rec);
        return buttons[buttons.length - 1] ?? null;
      } catch {
        return null;
      }
    },
  };
}

function findGroupDialogs(root: Document | ShadowRoot): GroupDialog[] {
  try {
    const url = urlOf(root);
    if (!url) return [];
    const doc = rootDocument(root);
    const groupId = groupIdFromUrl(url);
    const thread = threadFromUrl(url);
    const out: GroupDialog[] = [];
    for (const dialog of Array.from(root.querySelectorAll('[role="dialog"]'))) {
      if (queryChainAll(dialog, S.checkbox, rec).length === 0) continue; // chat tabs, post composers…
      const inviteLabel = labelled(dialog, S.inviteDialog);
      if (groupId || inviteLabel) {
        const name = textOf(queryChain(doc, S.groupName, rec)) || groupId || 'group';
        out.push(makeDialog(dialog, 'group-invite', groupId ? `facebook:group:${groupId}` : nameKey(name), name, S.inviteConfirm));
        continue;
      }
      if (thread && (labelled(dialog, S.addDialog) || queryChain(dialog, S.dialogSearch, rec))) {
        const main = queryChain(doc, S.threadMain, rec);
        const name = textOf(main ? queryChain(main, S.headerName, rec) : null) || thread.id;
        out.push(makeDialog(dialog, 'chat-add', `facebook:thread:${thread.id}`, name, S.addConfirm));
      }
    }
    return out;
  } catch {
    return [];
  }
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  matchesUrl: (url) => isFacebookUiUrl(url),
  // Facebook renders composers and dialogs in the light DOM.
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
