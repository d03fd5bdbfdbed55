/**
 * Every LinkedIn selector, as ordered chains (lib/sites/kit/chain.ts): semantic hooks first (role,
 * aria-*, data-*, ids, contenteditable), the surviving BEM names after, hashed classes never.
 * Confidence marks refer to research/dom.md: [V] verified on a live page or dump, [C] several
 * recent sources agree, [S] one source, [U] inferred; "2026" marks refer to
 * research/dom-2026.md, which supersedes dom.md where they differ. German labels are [U] unless
 * noted.
 */
import type { SelectorChain } from '../kit/chain';

const chain = (name: string, selectors: readonly string[]): SelectorChain => ({ name: `linkedin.${name}`, selectors });

/* ---------- frames and roots ---------- */

export const interopOutlet = chain('interopOutlet', [
  // The host whose open shadow root holds modals and overlays since 2025 (dom.md §0.1 [V]).
  '#interop-outlet',
  // Same element by its test id, in case the id changes (dom.md §0.1 [V]).
  '[data-testid="interop-shadowdom"]',
]);

/* ---------- message composer (full page, overlay bubble, shadow root, /preload/ iframe) ---------- */

export const messageEditor = chain('messageEditor', [
  // The editor by role and its English label (dom.md §1.1 [V]: aria-label "Write a message…", U+2026).
  '[role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
  // The German label is unknown; it most likely starts with "Nachricht" [U]. The comment box
  // ("Kommentar …") and the post editor ("Texteditor …") do not.
  '[role="textbox"][contenteditable="true"][aria-label^="Nachricht"]',
  // Any language: a textbox inside LinkedIn's message form (dom.md §1.1 [V]).
  'form.msg-form [role="textbox"][contenteditable="true"]',
  // The editor's own BEM name, should the role go (dom.md §1.1 [C]).
  '.msg-form__contenteditable[contenteditable="true"]',
]);

export const messageForm = chain('messageForm', [
  // The form whose submit sends (dom.md §1.1 [V], §5).
  'form.msg-form',
  // Any form around the editor, should the BEM name go [U].
  'form',
]);

export const composerScope = chain('composerScope', [
  // An overlay bubble by test id (dom.md §1.1 [S]).
  '[data-testid="msg-overlay-conversation-bubble"]',
  // An overlay bubble (dom.md §1.1 [C]).
  '.msg-overlay-conversation-bubble',
  // The full-page conversation (dom.md §1.1 "Other hooks seen" [S]; .msg-thread from §8.1).
  '.msg-convo-wrapper',
  '.msg-thread',
  // Last resort: the page's main landmark (full-page messaging) [U].
  'main',
]);

/**
 * The send control is found by structure: the submit button of the composer's own form (its
 * label "Send"/"Senden" is not needed; kit/controls.ts's structural search is not needed here).
 */
export const sendButton = chain('sendButton', [
  // The form's submit button: "Send", disabled while empty; absent in "Press Enter to Send" (dom.md §1.1 [V];
  // 2026 SUPPORTED: stickerdaniel extractor.py, eracle/OpenOutreach compose_send).
  'button[type="submit"]',
  // Its BEM name, should it become type=button (dom.md §1.1 [V]).
  'button.msg-form__send-button',
]);


export const sendToggle = chain('sendToggle', [
  // "Open send options" (dom.md §1.1 [V]); German label [U].
  'button[aria-label="Open send options"]',
  'button[aria-label="Sendeoptionen öffnen"]',
  // Any language (dom.md §1.1 [V]).
  'button.msg-form__send-toggle',
]);

export const sendModeRadios = chain('sendModeRadios', [
  // The send-mode radios while the hovercard is open (dom.md §1.1 [V]: ".msg-form__hovercard label").
  '.msg-form__hovercard input[type="radio"]',
  '.msg-form__hovercard [role="radio"]',
]);

export const quickReplyChips = chain('quickReplyChips', [
  // Quick-reply chips ("Wishing you a very happy birthday!") that send in one click (dom.md §1.3 [S]).
  'button.msg-form__quick-reply-chip',
  // Guess: the same chips in a quick-replies container above the form [U].
  '.msg-form__quick-replies button',
]);

export const subjectField = chain('subjectField', [
  // InMail / message request subject: a cold first message (dom.md §1.2, §1.5 [S]).
  'input[name*="subject" i]',
  'input.msg-form__subject',
  '.msg-form__subject input',
  '.msg-inmail-compose',
]);

/* ---------- who the conversation is with ---------- */

export const profileLink = chain('profileLink', [
  // The full-page thread header link to the participant (dom.md §1.2 [V]).
  'a.msg-thread__link-to-profile[href*="/in/"]',
  // The overlay bubble's title link [C: title h2 from dom.md §1.1; the link inside is U].
  '.msg-overlay-bubble-header__title a[href*="/in/"]',
  // The older compose profile link (dom.md §1.2 [C]).
  'a.msg-compose__profile-link[href*="/in/"]',
]);

export const recipientTitle = chain('recipientTitle', [
  // The thread header's exact participant name (dom.md §1.2 [V]).
  '.msg-entity-lockup__entity-title',
  // The overlay bubble's title; reads "New message" for a draft (dom.md §1.1 [C]).
  '.msg-overlay-bubble-header__title',
]);

export const recipientPill = chain('recipientPill', [
  // A new draft's recipient pill, aria-label "Remove <Name>" (dom.md §1.2 [V]).
  'button.artdeco-pill--dismiss[aria-label]',
  // The older typeahead pill text (dom.md §1.2 [C]).
  '.msg-connections-typeahead__top-fixed-section .artdeco-pill__text',
]);

export const ownPhoto = chain('ownPhoto', [
  // The signed-in user's photo; its alt is their name (dom.md §1.2 [V]).
  'img.global-nav__me-photo[alt]',
]);

/* ---------- thread history ---------- */

export const messageList = chain('messageList', [
  // The message list of one conversation (dom.md §1.2 [C]).
  '.msg-s-message-list',
  // The list content element some versions use [U].
  '.msg-s-message-list-content',
]);

export const messageEvents = chain('messageEvents', [
  // One message event (dom.md §1.2 [C]).
  'li.msg-s-message-list__event',
  // The item inside it, should the li's class go (dom.md §1.2 [C]).
  '.msg-s-event-listitem',
]);

export const listLoading = chain('listLoading', [
  // A busy region: the list or one of its parts is still loading [U].
  '[aria-busy="true"]',
  // The list's loader and LinkedIn's generic spinner [U].
  '.msg-s-message-list__loader',
  '.artdeco-loader',
]);

export const dayHeading = chain('dayHeading', [
  // The date above the first message of a day, inside that day's first event ("Today",
  // "Mar 14, 2023"): public 2025–26 tools read it there and carry it forward to later events [C].
  'time.msg-s-message-list__time-heading',
  '.msg-s-message-list__time-heading',
]);

export const eventBody = chain('eventBody', [
  // The text of a message event (dom.md §1.2 [C]).
  '.msg-s-event-listitem__body',
]);

export const senderName = chain('senderName', [
  // The sender of a message group (dom.md §1.2 [C]).
  '.msg-s-message-group__name',
]);

/** Marks a message event written by the other person; own events lack it (dom.md §1.2 [V]). */
export const INCOMING_EVENT_CLASS = 'msg-s-event-listitem--other';

/* ---------- catch-up birthday: the 2026 "Message" link and the 2024 dialog ---------- */

export const nurtureCta = chain('nurtureCta', [
  // The card's primary "Message" link, aria-label "Message <Name>: …", href /messaging/compose/?body=…
  // (2026 CONTRADICTS the dialog: srcs 66925725510, 27363750687, 66489085826 [C]).
  'a[data-view-name="nurture-card-primary-button"]',
  // The same CTA as a <button> (2024 flow, opened the legacy dialog: srcs 30103513936, 26567130816 [C, older]).
  'button[data-view-name="nurture-card-primary-button"]',
  // SDUI list items that carry a compose link, when the view name goes (src 66489085826 fallback [S]).
  '[role="listitem"] a[href*="/messaging/compose"]',
]);

export const birthdayEditor = chain('birthdayEditor', [
  // The quick-message dialog's textarea, found by its send button's view name (dom.md §1.3 [C]).
  'dialog:has([data-view-name="messaging-modal-send-button"]) textarea',
  // Same, should the native <dialog> become a role=dialog div [U].
  '[role="dialog"]:has([data-view-name="messaging-modal-send-button"]) textarea',
  // By the dialog's English label (dom.md §1.3 [C]); German label [U].
  'dialog[aria-label="Send Message"] textarea',
  'dialog[aria-label="Nachricht senden"] textarea',
]);

export const birthdayDialog = chain('birthdayDialog', [
  // The native dialog around the composer (dom.md §1.3 [C]).
  'dialog',
  '[role="dialog"]',
]);

export const birthdaySend = chain('birthdaySend', [
  // The dialog's Send (dom.md §1.3 [C]).
  'button[data-view-name="messaging-modal-send-button"]',
]);

export const nurtureCard = chain('nurtureCard', [
  // A catch-up card (dom.md §1.3 [C]).
  '[data-view-name="nurture-card"]',
  // Birthday page cards are also list items (dom.md §1.3 [C]).
  '[role="listitem"]',
]);

export const nurtureProfileLink = chain('nurtureProfileLink', [
  // The card's profile view, when it is a link [U: dom.md names the element, not its href].
  '[data-view-name="nurture-card-profile-view"][href*="/in/"]',
  '[data-view-name="nurture-card-profile-view"] a[href*="/in/"]',
  'a[href*="/in/"]',
]);

/* ---------- connection request "Add a note" ---------- */

export const noteEditor = chain('noteEditor', [
  // The note textarea (dom.md §1.4 [V]).
  'textarea#custom-message',
  // Its name inside a dialog (dom.md §1.4 [V]).
  '[role="dialog"] textarea[name="message"]',
  // The older class (dom.md §1.4 [V, older]).
  'textarea.connect-button-send-invite__custom-message',
]);

export const inviteModal = chain('inviteModal', [
  // The invite modal (dom.md §1.4 [C]).
  '[role="dialog"][data-test-modal]',
  '[role="dialog"]',
  '.send-invite',
]);

export const sendInvitation = chain('sendInvitation', [
  // Send with the note: English and German aria-labels (dom.md §1.4 [V]/[C]).
  'button[aria-label="Send invitation"]',
  'button[aria-label="Einladung senden"]',
  // "Send now" seen in some variants (dom.md §1.4 [C]).
  'button[aria-label="Send now"]',
  // Any language: the modal's primary button (artdeco convention) [U]; "without a note" is filtered out in code.
  'button.artdeco-button--primary',
]);

export const connectLink = chain('connectLink', [
  // The light-DOM connect control, aria-label "Invite <Name> to connect" (dom.md §1.4 [V]).
  'a[aria-label^="Invite "][aria-label$=" to connect"]',
  '[role="button"][aria-label^="Invite "][aria-label$=" to connect"]',
  // German: "<Name> zum Vernetzen einladen" (dom.md §1.4 [S]).
  'a[aria-label$=" einladen"]',
  '[role="button"][aria-label$=" einladen"]',
]);

/* ---------- groups "Invite connections" picker ---------- */

export const invitePicker = chain('invitePicker', [
  // The invitee picker by its search field id suffix (dom.md §1.6 [S, old]).
  '[role="dialog"]:has([id$="-invitee-picker-search"])',
  // By its results container (dom.md §1.6 [S, 2025]).
  '[role="dialog"]:has(#invitee-picker-results-container)',
  '[role="dialog"]:has(.invitee-picker__results-container)',
  // The company page's picker modal id (dom.md §1.6 [S]).
  '[data-test-modal-id="invite-to-follow-picker"]',
]);

export const pickerRows = chain('pickerRows', [
  // Rows of the typeahead listbox (dom.md §1.6 [S]).
  '[role="listbox"] [role="option"]',
  // Rows of the results container (dom.md §1.6 [S]).
  '#invitee-picker-results-container li',
  '.artdeco-typeahead__results-list li',
]);

export const rowCheckbox = chain('rowCheckbox', [
  // The row's checkbox (dom.md §1.6 [S]).
  'input[type="checkbox"]',
  '[role="checkbox"]',
]);

export const selectedPane = chain('selectedPane', [
  // The picker keeps people selected in earlier searches in a pane of its own (research/dom-2026.md §1 PARTLY:
  // src 37143648806 reads its header, srcs 41893219354 and 41705690743 the names in its list [S]).
  '.invitee-picker-selected-members-pane__list li',
  // The pane's items when the list class goes [U].
  '.invitee-picker-selected-members-pane li',
  '.invitee-picker-selected-members-pane [role="listitem"]',
]);

export const pickerConfirm = chain('pickerConfirm', [
  // "Invite N": the modal's primary button (dom.md §1.6 [S]); filtered by its text in code.
  'button.artdeco-button--primary',
  // Any button in the modal's action bar [U].
  '.artdeco-modal__actionbar button',
  'button',
]);

export const groupName = chain('groupName', [
  // The group page's heading [U].
  'main h1',
  'h1',
]);

export const profileName = chain('profileName', [
  // The profile top card's name heading [U].
  'main h1',
  'h1',
]);
