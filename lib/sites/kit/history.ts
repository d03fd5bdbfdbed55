/**
 * From the messages a thread shows (direction and, where the page dates it, the day) to what the
 * relationship memory keeps: counts, who wrote last, the user's unanswered run, the last day each
 * side wrote. No text ever enters or leaves.
 */
import type { ThreadHistory } from '../types';

export interface ShownMessage {
  /** Written by the other person (false: by the user). */
  incoming: boolean;
  /** Start of the local day the page dates it to, when it does. */
  day?: number;
}

/** The summary of messages in page order (oldest first); undefined when there are none. */
export function summarise(messages: readonly ShownMessage[]): ThreadHistory | undefined {
  if (messages.length === 0) return undefined;
  const h: ThreadHistory = { incoming: 0, outgoing: 0, unansweredInRow: 0, exchanges: 0 };
  let prev: boolean | undefined;
  for (const m of messages) {
    if (m.incoming) {
      h.incoming++;
      h.unansweredInRow = 0;
      if (m.day !== undefined) h.lastInAt = Math.max(h.lastInAt ?? m.day, m.day);
    } else {
      h.outgoing++;
      h.unansweredInRow++;
      if (m.day !== undefined) h.lastOutAt = Math.max(h.lastOutAt ?? m.day, m.day);
    }
    if (prev !== undefined && prev !== m.incoming) h.exchanges++;
    prev = m.incoming;
  }
  h.lastBy = prev ? 'them' : 'me';
  return h;
}
