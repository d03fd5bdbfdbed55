/**
 * Facebook / Messenger selector chains (research/dom.md §3, §6, §8.3; research/dom-2026.md
 * supersedes them where they differ). Semantic hooks only: role, aria-*, contenteditable,
 * data-lexical-editor. Facebook's atomic classes (`x1n2onr6`) change with every deploy and are
 * never used. Labels outside English are mostly unverified, so controls are found by structure
 * (role and position, kit/controls.ts) and labels only confirm.
 */
import type { LabelChain, SelectorChain } from '../kit/chain';

const chain = (name: string, selectors: string[]): SelectorChain => ({ name, selectors });
const labels = (name: string, patterns: RegExp[]): LabelChain => ({ name, labels: patterns });

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

/**
 * Labels that confirm the send control found by structure: the div[role=button] after the
 * editor in the composer row, which appears (replacing "Send a Like") once there is text [C].
 */
export const sendLabel = labels('facebook.sendLabel', [
  // EN "Press Enter to send" / "Press enter to send" (casing varies) [C: srcs 63476831711, 17425841367, 53543117937, 38954381728].
  /^press enter to send$/i,
  // EN "Send" [C].
  /^send$/i,
  // DE "Senden" (dom.md [S]); research/dom-2026.md finds it CONTRADICTED by analogy, kept in case.
  /^senden$/i,
  // Any locale: a sentence about the Enter key — JA "Enterを押して送信" (src 58374947939), VI "Nhấn
  // Enter để gửi" (src 49378284015) [S, 2026]. "Enter" as a word, not inside "Center".
  /(?:^|[^a-z])enter(?:[^a-z]|$)/i,
  // DE by the same analogy: "… Eingabetaste …" [U].
  /eingabe/i,
]);

/** Never a send control, whatever structure says: the like button that stands in while the box is empty [U label]. */
export const NOT_SEND = /\blike\b|gefällt/i;

/** Which structural path found a send or post control: #0 position + label, #1 position + enabled with text. */
export const sendStructure = { name: 'facebook.sendStructure' } as const;

/** The send control by its label alone, nearest to the editor: the last resort when structure finds nothing. */
export const sendButton = chain('facebook.sendButton', [
  // EN "Press Enter to send" / "Press enter to send" [C] (casing varies).
  '[role="button"][aria-label*="press enter to send" i]',
  // EN "Send" [C].
  '[role="button"][aria-label="Send" i]',
  // DE "Senden" [S, CONTRADICTED by analogy in 2026].
  '[role="button"][aria-label="Senden" i]',
  // DE Enter sentence "… Eingabetaste …" [U, by analogy with JA/VI].
  '[role="button"][aria-label*="Eingabetaste" i]',
]);

/** Labels that confirm the post button of a wall / birthday composer [S: "Post"; DE guesses]. */
export const postLabel = labels('facebook.postLabel', [/^post$/i, /^posten$/i, /^veröffentlichen$/i]);

/** The post button by its label alone (last resort) [S: "Post"; DE guesses]. */
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

/**
 * A checkbox dialog is a group invite only when it says so (research/dom-2026.md §2 risk 5: any
 * checkbox dialog on a group page was taken for one). Its label or heading [C EN/FR; DE U] …
 */
export const inviteLabel = labels('facebook.inviteLabel', [
  /^invite friends to join this group$/i,
  /^invitez des amis à rejoindre ce groupe$/i,
  // DE "Freunde einladen, dieser Gruppe beizutreten" [U]: any label with "einladen".
  /einladen/i,
  // Other wordings and languages: "Invite friends", "Invitar", "Invita", "Inviter" [U].
  /\binvit/i,
]);

/** … or its confirm control: "Send invitations" [C EN/FR; DE U], then any invite-ish label. */
export const inviteConfirm = labels('facebook.inviteConfirm', [
  /^send invitations$/i,
  /^envoyer les invitations$/i,
  /^einladungen senden$/i,
  /invit/i,
  /einlad/i,
]);

/** … or a trusted click on an "Invite" control just before it opened [C: "Invite" → "Invite Facebook friends"; DE U]. */
export const inviteClick = labels('facebook.inviteClick', [/\binvit/i, /einlad/i]);

/** Messenger "Add people" to a group chat: its label or heading — all [U] (no source). */
export const addLabel = labels('facebook.addLabel', [/^add people$/i, /hinzufügen/i, /^add\b/i]);

/** … or its confirm control [U]. */
export const addConfirm = labels('facebook.addConfirm', [/^add people$/i, /hinzufügen/i, /^add\b/i]);

/** … or a trusted click on an "Add people" control just before it opened [U]. */
export const addClick = labels('facebook.addClick', [/^add people$/i, /hinzufügen/i]);

/** Cancel / Close: never a dialog's confirm action [U]. */
export const CANCEL = /^(cancel|close|abbrechen|schließen|annuler|fermer)$/i;

/** Which structural path found a dialog's confirm: #0 its last control that is not Cancel/Close. */
export const confirmStructure = { name: 'facebook.confirmStructure' } as const;

/** The group's name on its page [U]. */
export const groupName = chain('facebook.groupName', ['[role="main"] h1', 'h1']);
