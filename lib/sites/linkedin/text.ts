/**
 * Reading text the way LinkedIn shows it, and the few words the adapter matches in EN and DE.
 * German words are [U] unless research/dom.md §6 lists them.
 */

/** The title an overlay bubble shows for a draft without a conversation ("New message", dom.md §1.1 [C]). */
export const NEW_MESSAGE_TITLE = /^(new message|neue nachricht)$/i;

/** "Remove <Name>" (dom.md §1.2 [V]) / "<Name> entfernen" [U]. */
export function nameFromPillLabel(label: string): string | undefined {
  const s = label.trim();
  const m = s.match(/^remove\s+(.+)$/i) ?? s.match(/^(.+?)\s+entfernen$/i);
  return m?.[1]?.trim() || undefined;
}

/** "Invite <Name> to connect" (dom.md §1.4 [V]) / "<Name> zum Vernetzen einladen" [S]. */
export function nameFromConnectLabel(label: string): string | undefined {
  const s = label.trim();
  const m = s.match(/^invite\s+(.+?)\s+to connect$/i) ?? s.match(/^(.+?)\s+zum vernetzen einladen$/i) ?? s.match(/^(.+?)\s+einladen$/i);
  return m?.[1]?.trim() || undefined;
}

/** "<Name>'s profile picture" (dom.md §6 [C]) / "Profilbild von <Name>" [U]. */
export function nameFromPictureLabel(label: string): string | undefined {
  const s = label.trim();
  const m = s.match(/^(.+?)[’']s profile (picture|photo)$/i) ?? s.match(/^profilbild von\s+(.+)$/i);
  return m?.[1]?.trim() || undefined;
}

/** Close controls: "Close your conversation with <Name>", "Close your draft conversation" [S] / "schließen" [U] (for the diagnostic's words). */
export const CLOSE_LABEL = /close your (draft )?conversation|remove|schließen|entfernen/i;

/** "Send without a note" (dom.md §1.4 [V]), "Ohne Notiz senden" / "Ohne Nachricht senden" [C]. */
export const WITHOUT_NOTE = /without|ohne/i;

/** The send-mode radio that makes Enter send: "Press Enter to Send" [V]; German [U]. */
export const ENTER_SENDS_LABEL = /enter|eingabe/i;

/**
 * The name in a catch-up card's "Message" link: "Message <Name>: …" (research/dom-2026.md §1,
 * srcs 27363750687, 66489085826 [C]); German "Nachricht an <Name>: …" [U] and the connections
 * page's "Nachricht senden an: <Name>" (src 67359775781 [S]).
 */
export function nameFromCtaLabel(label: string): string | undefined {
  const s = label.trim();
  const m = s.match(/^message\s+(.+?)\s*:/i) ?? s.match(/^nachricht an\s+(.+?)\s*:/i) ?? s.match(/^nachricht senden an\s*:\s*(.+)$/i);
  return m?.[1]?.trim() || undefined;
}

/** "Invite 2" (dom.md §1.6 [S]); German "2 einladen" / "Einladen" [U]. */
export const INVITE_LABEL = /\b(invite|einladen)\b/i;

/** A row the picker marks as already in the group: "Member" (dom.md §1.6 [S]) / "Mitglied" [U]. */
export const MEMBER_LABEL = /^(member|mitglied)$/i;
/** A row already invited: "Invited" / "Pending" / "Eingeladen" / "Ausstehend" [U]. */
export const INVITED_LABEL = /^(invited|pending|eingeladen|ausstehend)$/i;

/** Birthday wording in the languages Taktvoll has lexicons for. */
export const BIRTHDAY = /birthday|b-?day|geburtstag|anniversaire|cumpleaños|compleanno|verjaardag|🎂/i;


const BLOCK = /^(P|DIV|LI|BLOCKQUOTE|H[1-6])$/;

function inlineText(node: Node): string {
  let s = '';
  node.childNodes.forEach((n) => {
    if (n.nodeType === 3) s += (n as Text).data;
    else if (n.nodeName === 'BR') s += '\n';
    else if (n.nodeType === 1) s += BLOCK.test(n.nodeName) ? `\n${inlineText(n)}` : inlineText(n);
  });
  return s;
}

/**
 * The text of a contenteditable that keeps one `<p>` per line (LinkedIn msg-form). The `<br>`
 * that holds an empty paragraph open is not a line of its own, so `<p><br></p>` reads as ''.
 */
export function editorText(editor: Element): string {
  const lines: string[] = [];
  let inline: number | null = null;
  editor.childNodes.forEach((n) => {
    if (n.nodeType === 1 && BLOCK.test(n.nodeName)) {
      inline = null;
      lines.push(inlineText(n).replace(/\n$/, ''));
    } else if (n.nodeType === 3 && /^\s*\n\s*$/.test((n as Text).data)) {
      // markup indentation between paragraphs, not typed text
    } else if (n.nodeType === 3 || n.nodeType === 1) {
      if (inline === null) {
        inline = lines.length;
        lines.push('');
      }
      lines[inline] += n.nodeType === 3 ? (n as Text).data : n.nodeName === 'BR' ? '\n' : inlineText(n);
    }
  });
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** The first line of visible text in an element (a picker row: "Anna Example<br>1st • Engineer"). */
export function firstLine(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.closest('.a11y-text, .visually-hidden, [aria-hidden="true"], [hidden], script, style'))) continue;
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return '';
}
