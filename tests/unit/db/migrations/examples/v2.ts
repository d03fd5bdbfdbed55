/**
 * Rows as Taktvoll 0.2 (database version 2, issue 12) writes them: version 1's tables plus the
 * relationship memory — a two-way relationship with a note and a birthday, a one-way one with an
 * unanswered run, one the user snoozed and one marked "not this person" (in key order, as
 * Dexie returns them). Frozen: never edit an
 * example, add the next version's instead.
 */
import { AT, v1 } from './v1';

const DAY = 86_400_000;

export const v2 = {
  version: 2,
  tables: {
    ...v1.tables,
    relations: [
      { key: 'facebook:100007', site: 'facebook', personKey: '100007', name: 'Dora Dormann', lastOutAt: AT - 500 * DAY, lastInAt: AT - 499 * DAY, lastBy: 'them', unansweredInRow: 0, exchanges: 2, twoWay: true, snoozedUntil: AT + 20 * DAY, lastAt: AT - 10 * DAY },
      { key: 'linkedin:anna-example-123', site: 'linkedin', personKey: 'anna-example-123', name: 'Anna Example', lastOutAt: AT - 2 * DAY, lastInAt: AT - 200 * DAY, lastBy: 'me', unansweredInRow: 1, exchanges: 4, twoWay: true, birthday: '03-14', note: 'Moved to Leipzig', link: 'https://www.linkedin.com/messaging/thread/2-abc/', lastAt: AT - 2 * DAY },
      { key: 'linkedin:in:greta', site: 'linkedin', personKey: 'in:greta', name: 'Greta Gruß', lastInAt: AT - 300 * DAY, lastOutAt: AT - 301 * DAY, lastBy: 'them', unansweredInRow: 0, exchanges: 1, twoWay: true, never: true, lastAt: AT - 30 * DAY },
      { key: 'xing:name:bernd beispiel', site: 'xing', personKey: 'name:bernd beispiel', name: 'Bernd Beispiel', lastOutAt: AT - DAY, lastBy: 'me', unansweredInRow: 2, exchanges: 0, twoWay: false, lastAt: AT - DAY },
    ],
  },
} as const;
