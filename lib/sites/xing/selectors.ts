/**
 * XING selector chains (research/dom.md §2, §8.2; research/dom-2026.md supersedes them where they
 * differ). XING's design system leaves stable hooks — `data-qa`, `data-xds`, `data-testid` — next
 * to styled-components class hashes (`sc-1gpssxl-0 bsVIlR`), which are never used. The composer
 * hooks are [S]; the send button, message list, birthday context and the group-chat dialog are
 * [U], so those are found by structure and labels only confirm.
 */
import type { LabelChain, SelectorChain } from '../kit/chain';

const chain = (name: string, selectors: string[]): SelectorChain => ({ name, selectors });
const labels = (name: string, patterns: RegExp[]): LabelChain => ({ name, labels: patterns });

/**
 * Composers by their hooks: every alternative is tried (a profile page's chat lightbox and /chats
 * may each hold one).
 */
export const composer = chain('xing.composer', [
  // The newer chat composer, opened in a lightbox: "Antwort eingeben" (research/dom-2026.md PARTLY:
  // src 67359775781 tries it first, 2025–26 [S]).
  'textarea[data-testid="chat-reply-input"]',
  // The messenger composer's QA hook [S].
  'textarea[data-qa="message-composer-textarea"]',
  // Same name under data-element in another build [S].
  'textarea[data-element="message-composer-textarea"]',
  // The design system's input bar [S].
  'textarea[data-xds="InputBar"]',
]);

/** Composers by their labels, only when no hook matched anywhere (the first alternative that matches wins). */
export const composerByLabel = chain('xing.composerByLabel', [
  // Labels [S: "Nachricht"; EN U], only inside a form so that other textareas stay out.
  'form textarea[aria-label*="Nachricht" i]',
  'form textarea[aria-label*="message" i]',
  'form textarea[placeholder*="Nachricht" i]',
  // The lightbox composer's placeholder "Antwort eingeben" [S]; EN "reply" [U].
  'textarea[placeholder*="Antwort" i]',
  'form textarea[placeholder*="reply" i]',
]);

/** A chat opened in a lightbox over another page (a profile's "Nachricht schreiben") [S: src 67359775781]. */
export const lightbox = chain('xing.lightbox', [
  // The lightbox by its header's test id [S].
  '[role="dialog"]:has([data-testid="lightbox-header"])',
  // By its close icon [S].
  '[role="dialog"]:has([data-testid="close-lightbox-icon"])',
  // Any modal dialog around a chat composer [U].
  '[role="dialog"][aria-modal="true"]',
]);

/** The lightbox's header (name and close button) [S]. */
export const lightboxHeader = chain('xing.lightboxHeader', ['[data-testid="lightbox-header"]']);

/** The chat around the composer (header, messages, composer) [U: structure]. */
export const chat = chain('xing.chat', ['section', '[role="main"]', 'main']);

/** The chat partner's name / the group chat's name in the chat header [S: data-xds="Headline"]. */
export const headline = chain('xing.headline', ['[data-xds="Headline"]', 'h2', 'h1']);

/** A profile page's name heading: the partner of a lightbox chat opened there [S: `document.querySelector("h1")`, src 67359775781]. */
export const profileName = chain('xing.profileName', ['main h1', 'h1']);

/** Profile links: xing.com/profile/<Slug> [S]. */
export const profileLink = chain('xing.profileLink', ['a[href*="/profile/"]']);

/** The message list [U]: an explicit hook if XING has one, else the list in the chat. */
export const messageList = chain('xing.messageList', ['[data-qa*="message-list" i]', '[role="log"]', 'ul', 'ol', '[role="list"]']);

/** One message in the list [S: data-xds="ListItem" is XING's list item]. */
export const messageItem = chain('xing.messageItem', [':scope > [data-xds="ListItem"]', ':scope > li', ':scope > [role="listitem"]', ':scope > [role="article"]']);

/** Messages still loading: XING's lazy loader [S], or the ARIA ways [U]. */
export const loading = chain('xing.loading', ['[data-qa="lazy-loader-loading-indicator"]', '[role="progressbar"]', '[aria-busy="true"]']);

/** Where a birthday notice would sit [U: no DOM source for XING birthdays]; its text decides. */
export const notice = chain('xing.notice', ['[data-qa*="birthday" i]', '[role="status"]', '[data-xds*="Banner"]', 'header']);

/** The send button [U: not found in any source]: the composer form's submit button first. */
export const sendButton = chain('xing.sendButton', [
  'button[type="submit"]',
  'button[aria-label="Senden" i]',
  'button[aria-label="Send" i]',
  '[data-qa*="send" i]',
]);

/** Labels that confirm a send control found by structure (after the editor, enabled with text) [U]. */
export const sendLabel = labels('xing.sendLabel', [/^senden$/i, /^send$/i, /^antworten$/i, /^reply$/i]);

/** Which structural path found the send control: #0 position + label, #1 position + enabled with text. */
export const sendStructure = { name: 'xing.sendStructure' } as const;

/** The add-people dialog of a group chat [U: hypothesis]. */
export const dialog = chain('xing.dialog', ['[role="dialog"]', 'dialog[open]', '[aria-modal="true"]']);

export const checkbox = chain('xing.checkbox', ['input[type="checkbox"]', '[role="checkbox"]']);

/** A row of a picker list [S: data-xds="ListItem"]. */
export const row = chain('xing.row', ['[data-xds="ListItem"]', 'li', '[role="listitem"]', '[role="option"]']);

/** The add dialog's confirm ("Hinzufügen" / "Add people") [U]. */
export const addConfirm = labels('xing.addConfirm', [/^hinzufügen$/i, /^personen hinzufügen$/i, /^add$/i, /^add people$/i]);

/** Cancel / Close: never the confirm action [U]. */
export const CANCEL = /^(abbrechen|schließen|cancel|close)$/i;

/** Which structural path found the add dialog's confirm: #0 its last control that is not Cancel/Close. */
export const confirmStructure = { name: 'xing.confirmStructure' } as const;
