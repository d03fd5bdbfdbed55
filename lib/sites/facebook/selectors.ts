/**
 * Facebook / Messenger selector chains (research/dom.md §3, §6, §8.3). Semantic hooks only:
 * role, aria-*, contenteditable, data-lexical-editor. Facebook's atomic classes (`x1n2onr6`)
 * change with every deploy and are never used. German labels are mostly unverified, so each
 * chain ends with a structural alternative, and labels are only a hint.
 */
import type { SelectorChain } from '../chain';

const chain = (name: string, selectors: string[]): SelectorChain => ({ name, selectors });

/** Every composer candidate. Classification (message / wall / ignored) happens in the adapter. */
export const editor = chain('facebook.editor', [
  // Lexical composer as dom.md §3.1 shows it [C]: contenteditable textbox with the Lexical marker.
  'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // Same textbox if the Lexical marker is renamed or missing (caprine's selector) [C].
  '[role="textbox"][contenteditable="true"]',
]);

/** Labels of a chat composer (matched against the editor itself). */
export const messageLabel = chain('facebook.messageLabel', [
  // Full-page thread composer, EN [C].
  '[aria-label="Message" i]',
  // Chat tab composer, EN: "Write to <Name>" [C].
  '[aria-label^="Write to " i]',
  // DE: "Nachricht" [S]; "Nachricht an <Name>" for chat tabs [U].
  '[aria-label^="Nachricht" i]',
  // Only Messenger composers carry the "Aa" placeholder [C] (language independent).
  '[aria-placeholder="Aa"]',
]);

/** Birthday / timeline wall composers (labels unverified [U]). */
export const wallLabel = chain('facebook.wallLabel', [
  // "Write on <Name>'s profile…" [U] / "Write something to <Name>…" (older timeline wording) [U].
  '[aria-label^="Write on " i]',
  '[aria-label^="Write something to " i]',
  // Pre-2020 wording kept by automation scripts ("…birthday wish on his Timeline") [obsolete, harmless].
  '[aria-label*="timeline" i]',
  // DE guesses: "Schreib etwas auf <Name>s Profil …", "… Chronik …" [U].
  '[aria-label*=" Profil" i]',
  '[aria-label*="Chronik" i]',
]);

/** A chat tab: a floating dialog that holds a conversation [C: `[role="dialog"] [contenteditable][aria-label*="Write to"]`]. */
export const chatTab = chain('facebook.chatTab', ['[role="dialog"]']);

/** The open conversation of a full-page thread [C: caprine `[role="main"] [role="grid"]`]. */
export const threadMain = chain('facebook.threadMain', ['[role="main"]']);

/** The send control next to the composer: a div[role=button], not a <button> [C]. */
export const sendButton = chain('facebook.sendButton', [
  // EN "Press Enter to send" / "Press enter to send" [C] (casing varies).
  '[role="button"][aria-label*="press enter to send" i]',
  // EN "Send" [C].
  '[role="button"][aria-label="Send" i]',
  // DE "Senden" [S].
  '[role="button"][aria-label="Senden" i]',
]);

/** The post button of a wall / birthday composer [S: "Post"; DE guesses]. */
export const postButton = chain('facebook.postButton', [
  '[role="button"][aria-label="Post" i]',
  '[role="button"][aria-label="Posten" i]',
  '[role="button"][aria-label="Veröffentlichen" i]',
]);

/** The message list of a conversation. */
export const messageGrid = chain('facebook.messageGrid', [
  // EN "Messages in conversation with <Name>" [U label], DE guess.
  '[role="grid"][aria-label*="conversation" i]',
  '[role="grid"][aria-label*="Unterhaltung" i]',
  // The conversation grid by role alone [C]; the adapter excludes the navigation's chat list.
  '[role="grid"]',
  // Some builds use a log region [U].
  '[role="log"]',
]);

/** One message inside the conversation grid [S: div[role="row"]]. */
export const messageRow = chain('facebook.messageRow', [
  '[role="row"]',
  // Marketplace / older builds [S].
  '[data-testid="mwthreadview-message"]',
]);

/** The conversation is still loading [U: no source; progressbar / aria-busy are the ARIA ways]. */
export const loading = chain('facebook.loading', ['[role="progressbar"]', '[aria-busy="true"]']);

/** The conversation header's name in a full-page thread [U: inferred from the layout in dom.md §8.3]. */
export const headerName = chain('facebook.headerName', [
  // Header link to the profile wrapping the heading.
  'a[role="link"][href] h2',
  // Group chats: a heading without a link.
  'h2 span[dir="auto"]',
  'h2',
]);

/** The selected conversation in the chat list [C: `[role=navigation] … [aria-current=page]`]. */
export const selectedChat = chain('facebook.selectedChat', ['[role="navigation"] [aria-current="page"]']);

/** Profile links (birthday cards, chat-tab headers). */
export const profileLink = chain('facebook.profileLink', ['a[role="link"][href]', 'a[href]']);

/** Checkboxes of a picker dialog [C: role=checkbox rows with aria-checked]. */
export const checkbox = chain('facebook.checkbox', ['[role="checkbox"]', 'input[type="checkbox"]']);

/** The group invite dialog [C EN/FR; DE U], ending with structure (dialog + checkboxes on a group URL). */
export const inviteDialog = chain('facebook.inviteDialog', [
  '[role="dialog"][aria-label="Invite friends to join this group" i]',
  '[role="dialog"][aria-label="Invitez des amis à rejoindre ce groupe" i]',
  '[role="dialog"][aria-label*="einladen" i]',
  '[role="dialog"]',
]);

/** "Send invitations" [C EN/FR; DE U], then any invite-ish button. */
export const inviteConfirm = chain('facebook.inviteConfirm', [
  '[role="button"][aria-label="Send invitations" i]',
  '[role="button"][aria-label="Envoyer les invitations" i]',
  '[role="button"][aria-label="Einladungen senden" i]',
  '[role="button"][aria-label*="invit" i]',
  '[role="button"][aria-label*="einlad" i]',
]);

/** Messenger "Add people" to a group chat — all [U] (dom.md found no source). */
export const addDialog = chain('facebook.addDialog', [
  '[role="dialog"][aria-label="Add people" i]',
  '[role="dialog"][aria-label*="hinzufügen" i]',
  '[role="dialog"]',
]);

export const addConfirm = chain('facebook.addConfirm', [
  '[role="button"][aria-label="Add people" i]',
  '[role="button"][aria-label*="hinzufügen" i]',
  '[role="button"][aria-label^="Add" i]',
]);

/** The search field of a picker dialog [U] (structure check for "Add people"). */
export const dialogSearch = chain('facebook.dialogSearch', ['input[type="search"]', 'input[role="combobox"]', 'input[type="text"]']);

/** Any button (structural fallback: the last one in a dialog is its confirm action). */
export const anyButton = chain('facebook.anyButton', ['[role="button"]', 'button']);

/** The group's name on its page [U]. */
export const groupName = chain('facebook.groupName', ['[role="main"] h1', 'h1']);
