/** What a LinkedIn page says about the conversation a composer belongs to. */
import type { Register } from '../../analysis/types';
import { nameKey, queryChain, queryChainAll, textOf, type Recorder } from '../kit/chain';
import { dayOf } from '../kit/dates';
import { summarise, type ShownMessage } from '../kit/history';
import { historyEmpty } from '../kit/settle';
import type { Composer, ComposerContext, Person, ThreadHistory } from '../types';
import { catchUpContext, dialogLines, isBirthdayDialog, prefillOf } from './catch-up';
import { placeOf } from './composers';
import { composeBodyParam, composeRecipientUrn, inviteVanityName, isInvitePage, profileSlug } from './pages';
import * as S from './selectors';
import { BIRTHDAY, firstLine, nameFromConnectLabel, nameFromPillLabel, NEW_MESSAGE_TITLE } from './text';

const slugKey = (slug: string): string => `in:${slug}`;

/** A person from what the page shows: a name, a stable key, or both (an invite page names nobody but keys them by its vanityName). */
function person(name: string | undefined, key: string | undefined): Person | undefined {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!n) return key ? { name: '', key } : undefined;
  return { name: n, key: key ?? nameKey(n) };
}

/* ---------- message composer ---------- */

function messageRecipient(c: Composer, rec: Recorder): Person | undefined {
  const scope = c.scope;
  const link = queryChain(scope, S.profileLink, rec);
  const slug = link ? profileSlug(link.getAttribute('href') ?? '') : undefined;

  let name = '';
  const title = queryChain(scope, S.recipientTitle, rec);
  const titleText = textOf(title);
  if (titleText && !NEW_MESSAGE_TITLE.test(titleText)) name = titleText;
  if (!name) {
    const pill = queryChain(scope, S.recipientPill, rec);
    if (pill) name = textOf(pill.querySelector('.artdeco-pill__text')) || nameFromPillLabel(pill.getAttribute('aria-label') ?? '') || textOf(pill);
  }
  if (!name && link) name = firstLine(link);

  // A compose URL names its recipient by URN. Trust it only for the page's own composer, not for
  // an overlay bubble that happens to be open on a compose page.
  const doc = c.editor.ownerDocument;
  const inBubble = c.scope.matches('.msg-overlay-conversation-bubble, [data-testid="msg-overlay-conversation-bubble"]');
  const urn = !inBubble || queryChainAll(doc, S.messageEditor).length === 1 ? composeRecipientUrn(doc.URL) : undefined;
  return person(name, slug ? slugKey(slug) : urn);
}

/**
 * true = the conversation's own list has stayed without message events for the settle period
 * (kit/settle.ts: the list renders before its events hydrate, research/dom-2026.md §1); false =
 * it shows events; undefined = not certain yet. Counted in the composer's own root, never
 * decided from the URL (dom.md §1.2). A subject field = InMail, a cold first message.
 */
function firstMessage(c: Composer, rec: Recorder): boolean | undefined {
  if (queryChain(c.scope, S.subjectField, rec)) return true;
  const list = queryChain(c.scope, S.messageList, rec);
  if (!list) {
    rec.fail('linkedin.messageList', 'not-found');
    return undefined;
  }
  const events = queryChainAll(list, S.messageEvents, rec).length;
  // A busy list or a loader next to it, or a busy region further up [U: no 2026 source shows one].
  const loading = events === 0 && (queryChain(list.parentElement ?? list, S.listLoading, rec) ?? list.closest('[aria-busy="true"]'));
  if (loading) return undefined;
  return historyEmpty(list, events);
}

/** A scan found this thread composer: start its history's quiet period now, not at the first keystroke. */
export function observeHistory(c: Composer, rec: Recorder): boolean {
  return placeOf(c) !== 'thread' || firstMessage(c, rec) !== undefined;
}

const FORMAL = /\b(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b/g;
const INFORMAL = /\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines)\b/i;

/** Du or Sie in one German text; "Sie" only counts mid-sentence, where it cannot be "she/they". */
export function registerOf(text: string): Register | undefined {
  if (INFORMAL.test(text)) return 'du';
  for (const m of text.matchAll(FORMAL)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before !== '' && !/[.!?:;"„“«»\n]$/.test(before)) return 'sie';
    if (m[1] === 'Ihnen') return 'sie';
  }
  return undefined;
}

/**
 * The user's own message events: those without the incoming marker class (dom.md §1.2 [V]). Should
 * that class vanish from every event, fall back to comparing the sender name with the signed-in
 * user's name (the nav photo's alt, dom.md §1.2 [V]); a group's later events carry no name and
 * belong to the last named sender.
 */
function ownEvents(c: Composer, list: Element, rec: Recorder): Element[] {
  return directions(c, list, rec)
    .filter((d) => d.own)
    .map((d) => d.ev);
}

/** Every message event with its direction; [] when neither the marker class nor the user's name tells. */
function directions(c: Composer, list: Element, rec: Recorder): { ev: Element; own: boolean }[] {
  const events = queryChainAll(list, S.messageEvents, rec);
  const incoming = (ev: Element): boolean => ev.classList.contains(S.INCOMING_EVENT_CLASS) || ev.querySelector(`.${S.INCOMING_EVENT_CLASS}`) !== null;
  if (events.some(incoming)) return events.map((ev) => ({ ev, own: !incoming(ev) }));
  const me = queryChain(c.editor.ownerDocument, S.ownPhoto, rec)?.getAttribute('alt')?.trim();
  if (!me) return [];
  let sender = '';
  return events.map((ev) => {
    sender = textOf(queryChain(ev, S.senderName, rec)) || sender;
    return { ev, own: sender === me };
  });
}

/**
 * The exchange the thread shows: each event's direction and the day heading above it (a heading
 * sits in the first event of its day and holds for the events after it). Directions only, no text.
 */
function threadHistory(c: Composer, rec: Recorder): ThreadHistory | undefined {
  const list = queryChain(c.scope, S.messageList, rec);
  if (!list) return undefined;
  const now = Date.now();
  let day: number | undefined;
  const shown: ShownMessage[] = [];
  for (const { ev, own } of directions(c, list, rec)) {
    const heading = queryChain(ev, S.dayHeading, rec);
    if (heading) day = dayOf(heading, now);
    shown.push({ incoming: !own, day });
  }
  return summarise(shown);
}

/** How the user addressed this person in their latest own messages on the page. */
function ownRegister(c: Composer, rec: Recorder): Register | undefined {
  const list = queryChain(c.scope, S.messageList, rec);
  if (!list) return undefined;
  for (const ev of ownEvents(c, list, rec).slice(-10).reverse()) {
    const r = registerOf(textOf(queryChain(ev, S.eventBody, rec) ?? ev));
    if (r) return r;
  }
  return undefined;
}

function messageContext(c: Composer, rec: Recorder): ComposerContext {
  const ctx: ComposerContext = {};
  const recipient = messageRecipient(c, rec);
  if (recipient) ctx.recipient = recipient;
  const first = firstMessage(c, rec);
  if (first !== undefined) ctx.firstMessage = first;
  const body = composeBodyParam(c.editor.ownerDocument.URL);
  if (body) ctx.prefill = body;
  const chips = queryChainAll(c.scope, S.quickReplyChips, rec);
  if ((body && BIRTHDAY.test(body)) || chips.some((chip) => BIRTHDAY.test(textOf(chip)))) ctx.occasion = 'birthday';
  // An overlay a catch-up "Message" link opened: its greeting came from the link's body= (2026).
  const catchUp = catchUpContext(c.editor, recipient?.name, rec);
  if (catchUp?.prefill && !ctx.prefill) ctx.prefill = catchUp.prefill;
  if (catchUp?.occasion) ctx.occasion = catchUp.occasion;
  const register = ownRegister(c, rec);
  if (register) ctx.register = register;
  const history = threadHistory(c, rec);
  if (history) ctx.history = history;
  return ctx;
}

/* ---------- catch-up birthday dialog ---------- */

function quickDialogContext(c: Composer, rec: Recorder): ComposerContext {
  const dialog = c.scope;
  const doc = c.editor.ownerDocument;
  // The dialog shows the name in its first paragraph and the event in the second (dom.md §1.3 [C]).
  const name = dialogLines(dialog)[0];
  let key: string | undefined;
  if (name) {
    const card = queryChainAll(doc, S.nurtureCard, rec).find((el) => textOf(el).includes(name));
    const link = card ? queryChain(card, S.nurtureProfileLink, rec) : null;
    const slug = link ? profileSlug(link.getAttribute('href') ?? '') : undefined;
    if (slug) key = slugKey(slug);
  }
  const prefill = prefillOf(c.editor);
  const ctx: ComposerContext = {};
  const recipient = person(name, key);
  if (recipient) ctx.recipient = recipient;
  if (prefill) ctx.prefill = prefill;
  if (isBirthdayDialog(dialog, c.editor)) ctx.occasion = 'birthday';
  return ctx;
}

/* ---------- connection request note ---------- */

function noteContext(c: Composer, rec: Recorder): ComposerContext {
  const doc = c.editor.ownerDocument;
  // A profile page names the person in its path; the invite dialog's own page
  // (/preload/(search-)custom-invite/?vanityName=…, research/dom-2026.md §1 PARTLY) in its query.
  const pageSlug = profileSlug(doc.URL) ?? (isInvitePage(doc.URL) ? inviteVanityName(doc.URL) : undefined);
  // The modal's "Personalize your invitation to <strong>Name</strong>" [U].
  let name = textOf(c.scope.querySelector('strong'));
  const links = queryChainAll(doc, S.connectLink, rec);
  const link =
    links.find((l) => pageSlug !== undefined && inviteVanityName(l.getAttribute('href') ?? '') === pageSlug) ??
    (links.length === 1 ? links[0] : links.find((l) => name !== '' && (l.getAttribute('aria-label') ?? '').includes(name)));
  if (!name && link) name = nameFromConnectLabel(link.getAttribute('aria-label') ?? '') ?? '';
  if (!name && profileSlug(doc.URL)) name = textOf(queryChain(doc, S.profileName, rec));
  const slug = pageSlug ?? (link ? inviteVanityName(link.getAttribute('href') ?? '') : undefined);
  const ctx: ComposerContext = { firstMessage: true };
  const recipient = person(name, slug ? slugKey(slug) : undefined);
  if (recipient) ctx.recipient = recipient;
  return ctx;
}

export function readContext(c: Composer, rec: Recorder): ComposerContext {
  switch (placeOf(c)) {
    case 'thread':
      return messageContext(c, rec);
    case 'quick-dialog':
      return quickDialogContext(c, rec);
    case 'note':
      return noteContext(c, rec);
  }
}
