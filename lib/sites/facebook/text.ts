/**
 * Reading text the way Facebook shows it, and the few words the adapter matches in EN and DE.
 * English labels are [C] where research/dom.md lists them; German ones are [U] unless noted.
 */

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

/** "Write to <Name>" [C]; "Nachricht an <Name>" is a guess [U], a trailing "schreiben"/"senden" tolerated; VI [S]. */
export const WRITE_TO = [/^Write to (.+)$/i, /^Nachricht an (.+?)(?: (?:schreiben|senden))?$/i, /^Nhắn tin cho (.+)$/i];
/** Wall composers: "Write on <Name>'s profile…" / "Write something to <Name>…" [U], DE guesses [U]. */
export const WALL = [/^Write on (.+?)['’]s (?:profile|timeline)/i, /^Write something to (.+?)[.…]*$/i, /auf (.+?)s (?:Profil|Chronik)/i];

/** Row states in add/invite dialogs [U except "Invited" rows C]. */
export const STATE_INVITED = /^(invited|eingeladen|invitée?s?|invitato|invitata)$/i;
export const STATE_MEMBER = /^(member|mitglied|membre|membro|joined|beigetreten|already in (?:the )?(?:group|chat)|bereits (?:im chat|in der gruppe|mitglied))$/i;
export const STATE_LEFT = /^(left( the group)?|hat die gruppe verlassen|verlassen)$/i;

/** Titles that are the site, not a conversation. */
export const SITE_TITLE = /^(messenger|facebook|chats)$/i;

