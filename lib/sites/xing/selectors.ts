/**
 * XING selector chains (research/dom.md §2, §8.2). XING's design system leaves stable hooks —
 * `data-qa`, `data-xds` — next to styled-components class hashes (`sc-1gpssxl-0 bsVIlR`), which
 * are never used. The composer hooks are [S]; the send button, message list, birthday context
 * and the group-chat dialog are [U], so those chains lead with structure.
 */
import type { SelectorChain } from '../chain';

const chain = (name: string, selectors: string[]): SelectorChain => ({ name, selectors });

export const composer = chain('xing.composer', [
  // The messenger composer's QA hook [S].
  'textarea[data-qa="message-composer-textarea"]',
  // Same name under data-element in another build [S].
  'textarea[data-element="message-composer-textarea"]',
  // The design system's input bar [S].
  'textarea[data-xds="InputBar"]',
  // Labels [S: "Nachricht"; EN U], only inside a form so that other textareas stay out.
  'form textarea[aria-label*="Nachricht" i]',
  'form textarea[aria-label*="message" i]',
  'form textarea[placeholder*="Nachricht" i]',
]);

/** The chat around the composer (header, messages, composer) [U: structure]. */
export const chat = chain('xing.chat', ['section', '[role="main"]', 'main']);

/** The chat partner's name / the group chat's name in the chat header [S: data-xds="Headline"]. */
export const headline = chain('xing.headline', ['[data-xds="Headline"]', 'h2', 'h1']);

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

/** The add-people dialog of a group chat [U: hypothesis]. */
export const dialog = chain('xing.dialog', ['[role="dialog"]', 'dialog[open]', '[aria-modal="true"]']);

export const checkbox = chain('xing.checkbox', ['input[type="checkbox"]', '[role="checkbox"]']);

/** A row of a picker list [S: data-xds="ListItem"]. */
export const row = chain('xing.row', ['[data-xds="ListItem"]', 'li', '[role="listitem"]', '[role="option"]']);

export const dialogButton = chain('xing.dialogButton', ['button', '[role="button"]']);
