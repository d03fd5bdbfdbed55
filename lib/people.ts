/**
 * Keys for people, shared by the site adapters, the background and the options page (pure, no
 * DOM): a person the page names only by name is keyed by the folded name, so a trusted contact
 * typed in the options matches what an adapter reads from the page.
 */

/** A key for a person from a name alone (lowercase, accents folded, single spaces). */
export function nameKey(name: string): string {
  return `name:${name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}
