/**
 * Rows as Taktvoll 0.1 (database version 1) wrote them, one or more per table, with the edge
 * cases that exist in real databases: a send to someone the page named only by name, a contact
 * without a register, a ledger "left" entry older than any retention window, a day with only
 * group counts. Frozen: never edit an example, add the next version's instead.
 */
const DAY = 86_400_000;
export const AT = Date.UTC(2026, 10, 1, 12);

const minhash = Array.from({ length: 128 }, (_, i) => (i * 2_654_435_761) % 33_554_432);

export const v1 = {
  version: 1,
  tables: {
    sends: [
      { id: 1, site: 'linkedin', recipientKey: 'anna-example-123', at: AT - 2 * DAY, minhash, size: 87 },
      { id: 2, site: 'xing', recipientKey: 'name:bernd beispiel', at: AT - DAY, minhash: minhash.map((v, i) => (i % 3 ? v : v + 1)), size: 64 },
    ],
    contacts: [
      { key: 'linkedin:anna-example-123', site: 'linkedin', name: 'Anna Example', firstAt: AT - 40 * DAY, lastAt: AT - 2 * DAY, sent: 3, register: 'sie' },
      { key: 'xing:name:bernd beispiel', site: 'xing', name: 'Bernd Beispiel', firstAt: AT - DAY, lastAt: AT - DAY, sent: 1 },
    ],
    trusted: [{ id: 'facebook:100004', site: 'facebook', key: '100004', name: 'Chloé Müller', addedAt: AT - 90 * DAY, source: 'pause-card' }],
    stats: [
      { day: '2026-10-31', shown: 2, revised: 1, cancelled: 0, sentAsIs: 1, clean: 4, groupHeld: 0, groupCancelled: 0, groupContinued: 0 },
      { day: '2026-11-01', shown: 0, revised: 0, cancelled: 0, sentAsIs: 0, clean: 0, groupHeld: 1, groupCancelled: 0, groupContinued: 1 },
    ],
    ledger: [
      { id: 1, site: 'facebook', groupKey: 'facebook:group:4455', groupName: 'Berlin Product People', personKey: '100004', personName: 'Chloé Müller', action: 'invited', at: AT - 400 * DAY, answers: ['agreed'] },
      { id: 2, site: 'facebook', groupKey: 'facebook:group:4455', groupName: 'Berlin Product People', personKey: '100004', personName: 'Chloé Müller', action: 'left', at: AT - 390 * DAY, answers: [] },
      { id: 3, site: 'xing', groupKey: 'xing:chat:77', groupName: '', personKey: 'name:bernd beispiel', personName: 'Bernd Beispiel', action: 'added', at: AT - DAY, answers: ['agreed', 'topic'] },
    ],
  },
} as const;
