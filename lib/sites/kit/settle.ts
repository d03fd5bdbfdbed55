/**
 * Context that waits for certainty: "first message" only once the conversation has been quiet.
 *
 * research/dom-2026.md §1 (LinkedIn, PARTLY): the message list renders before its events
 * hydrate, up to ~10 s after a cold page load; a tool verified live in 2026 (src 60127384312)
 * waits 4 s warm and 10 s cold for events, and lets an empty thread settle for 1.5 s before
 * believing it is empty. No source shows a loading marker on the list. Facebook's and XING's
 * "zero messages = first message" have no evidence at all (NO EVIDENCE). So, on every site:
 *
 * - events in the list → false (there is history);
 * - zero events → undefined ("unknown") until the same list element has shown zero events for
 *   SETTLE_MS since an adapter first saw it, and — on a cold page load — until the document is
 *   COLD_LOAD_MS old; then true. The runtime sleeps until the page's first use: a list its first
 *   look finds (firstLook) was on the page before anyone used it, and counts as seen since the
 *   document started — its events are as late as a cold load's can be, so COLD_LOAD_MS decides.
 *
 * "Unknown" never holds a send on a pitch alone: the analyzer then asks for an offer plus a
 * request, or one unmistakable cue (lib/analysis, pitch-first-message).
 */

export const SETTLE_MS = 1500;
export const COLD_LOAD_MS = 10_000;

/** The clock the settle period runs on (tests replace it; the product never does). */
export const settleClock = {
  now: (): number => Date.now(),
  /** Milliseconds since the document's navigation started; Infinity when the browser does not say. */
  documentAge(doc: Document, now: number): number {
    try {
      const origin = doc.defaultView?.performance?.timeOrigin;
      return typeof origin === 'number' && origin > 0 ? now - origin : Number.POSITIVE_INFINITY;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  },
};

interface Seen {
  /** When the list was first seen with its current (zero) count. */
  since: number;
  events: number;
}

const lists = new WeakMap<Element, Seen>();

/** True while the runtime takes its first look at a page nobody had used yet. */
let looking = false;

/** Run `look`, the runtime's first look at a page it had not watched (SiteAdapter.firstLook). */
export function firstLook(look: () => void): void {
  looking = true;
  try {
    look();
  } finally {
    looking = false;
  }
}

/**
 * What a conversation's list says about its history: false = there are messages; true = it has
 * stayed empty for the settle period; undefined = not certain yet. `events` is the number of
 * messages the adapter counts in `list` right now.
 */
export function historyEmpty(list: Element, events: number): boolean | undefined {
  const now = settleClock.now();
  const seen = lists.get(list);
  if (events > 0) {
    lists.set(list, { since: now, events });
    return false;
  }
  let since = seen?.since ?? now;
  if (!seen || seen.events > 0) {
    // First sight, or the events went away (a re-render): the quiet period starts now — at the
    // first look at a page nobody had used, when the document started (it was there before).
    since = !seen && looking ? now - settleClock.documentAge(list.ownerDocument, now) : now;
    lists.set(list, { since, events: 0 });
  }
  if (now - since < SETTLE_MS) return undefined;
  if (settleClock.documentAge(list.ownerDocument, now) < COLD_LOAD_MS) return undefined;
  return true;
}
