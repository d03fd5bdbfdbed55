/**
 * The database's migration ladder. Every version Taktvoll ever shipped is listed here, oldest
 * first, and stays as it was: a new version is appended with its stores and, where rows must
 * change, an `upgrade` that turns rows of the version before into rows of this one. Each version
 * has an example fixture (tests/unit/db/migrations/examples/vN.ts), and
 * tests/unit/db/migrations/all-migrations.test.ts opens every example with the current code and
 * checks that all data is kept. Upgrades import types only (Read Frog's migration-scripts,
 * Bitwarden's state-migrations fence).
 */
import type { Transaction } from 'dexie';

export interface DbVersion {
  version: number;
  /** Dexie store declarations: primary key first, then indexes (null deletes a table). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const DB_VERSIONS: readonly DbVersion[] = [
  {
    // Taktvoll 0.1: send fingerprints, contacts seen, trusted contacts, day counts, consent ledger.
    version: 1,
    stores: {
      sends: '++id, at, recipientKey, site',
      contacts: '&key, site, lastAt',
      trusted: '&id, site',
      stats: '&day',
      ledger: '++id, [site+groupKey], personKey, at',
    },
  },
  {
    // Taktvoll 0.2 (issue 12): the relationship memory. Seeded from the contacts the user wrote
    // to: the last send is when the user last wrote; nothing is known yet about replies.
    version: 2,
    stores: { relations: '&key, site, lastAt' },
    upgrade: async (tx) => {
      const contacts = (await tx.table('contacts').toArray()) as { key: string; site: string; name: string; lastAt: number }[];
      const rows = contacts.flatMap((c) => {
        const personKey = c.key.slice(c.site.length + 1);
        if (!personKey || !c.key.startsWith(`${c.site}:`)) return [];
        return [{ key: c.key, site: c.site, personKey, name: c.name, lastOutAt: c.lastAt, unansweredInRow: 0, exchanges: 0, twoWay: false, lastAt: c.lastAt }];
      });
      await tx.table('relations').bulkPut(rows);
    },
  },
  {
    // Taktvoll 0.3 (issues 11 and 12): prompt fatigue, learned locally — per (site, person, rule)
    // the last card and the draft's sketch; per rule how its cards were answered. And "kept
    // editing" as a count of its own: 0 on every earlier day (it was not counted then).
    version: 3,
    stores: { prompts: '&key, [site+personKey], at', ruleAnswers: '&rule' },
    upgrade: async (tx) => {
      await tx
        .table('stats')
        .toCollection()
        .modify((row: { keptEditing?: number }) => {
          row.keptEditing ??= 0;
        });
    },
  },
];

export const DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1]?.version ?? 1;
