/**
 * The database ladder (lib/db/versions.ts): every version has an example as it was written, and
 * every example opens with the current code with all its data kept and valid.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import * as repo from '../../../../lib/db/repo';
import { TaktvollDb, contactRowSchema, promptRowSchema, relationRowSchema, ruleAnswersRowSchema, sendRowSchema, trustedRowSchema, useDb } from '../../../../lib/db/schema';
import { tonedRules } from '../../../../lib/db/fatigue';
import { relationInfo } from '../../../../lib/db/relations';
import { DB_VERSION, DB_VERSIONS } from '../../../../lib/db/versions';
import { dayStatsSchema, ledgerEntrySchema } from '../../../../lib/messaging/schemas';
import { AT } from './examples/v1';
import { DB_EXAMPLES } from './examples';

const CURRENT_SCHEMAS = { sends: sendRowSchema, contacts: contactRowSchema, trusted: trustedRowSchema, stats: dayStatsSchema, ledger: ledgerEntrySchema, relations: relationRowSchema, prompts: promptRowSchema, ruleAnswers: ruleAnswersRowSchema } as const;
let n = 0;

describe('database migration ladder', () => {
  it('counts up from 1, one step at a time, and has an example for every version', () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    expect(DB_EXAMPLES.map((e) => e.version)).toEqual(DB_VERSIONS.map((v) => v.version));
    expect(new TaktvollDb(`ladder-verno-${n++}`).verno).toBe(DB_VERSION);
  });

  for (const example of DB_EXAMPLES) {
    it(`opens a version ${example.version} database with the current code, all data kept`, async () => {
      const name = `ladder-v${example.version}-${n++}`;
      // The database as that version of Taktvoll created and filled it.
      const old = new Dexie(name);
      for (const v of DB_VERSIONS.filter((v) => v.version <= example.version)) old.version(v.version).stores(v.stores);
      await old.open();
      for (const [table, rows] of Object.entries(example.tables)) await old.table(table).bulkAdd((rows as readonly unknown[]).map((r) => structuredClone(r)));
      old.close();

      const db = new TaktvollDb(name);
      useDb(db);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      for (const [table, rows] of Object.entries(example.tables)) {
        const now = await db.table(table).toArray();
        expect(now, table).toHaveLength(rows.length);
        const schema = CURRENT_SCHEMAS[table as keyof typeof CURRENT_SCHEMAS];
        for (const row of now) expect(() => schema.parse(row), `${table} ${JSON.stringify(row).slice(0, 80)}`).not.toThrow();
        if (example.version === DB_VERSION) expect(now, table).toEqual(rows);
      }
      // And the extension reads it as before.
      expect((await repo.getSendMemory(3650, AT)).map((r) => r.recipientKey).sort()).toEqual(['linkedin:anna-example-123', 'xing:name:bernd beispiel']);
      expect(await repo.getComposerInfo({ site: 'linkedin', key: 'anna-example-123', name: 'Anna Example' }, 10, AT)).toMatchObject({ contacted: true, register: 'sie' });
      expect(await repo.getComposerInfo({ site: 'facebook', key: '100004', name: 'Chloé Müller' }, 10, AT)).toMatchObject({ trusted: true });
      expect((await repo.queryLedger({ site: 'facebook', groupKey: 'facebook:group:4455', personKeys: ['100004'] })).map((e) => e.action)).toEqual(['invited', 'left']);
      expect((await repo.getStats(2, AT)).map((d) => [d.day, d.clean, d.groupContinued])).toEqual([
        ['2026-10-31', 4, 0],
        ['2026-11-01', 0, 1],
      ]);
      // "Kept editing" (v3): stored on every day row, 0 where it was not counted yet.
      const keptEditing = (await db.stats.toArray()).map((d) => d.keptEditing);
      expect(keptEditing).toEqual(example.version < 3 ? [0, 0] : [1, 0]);
      // Prompt fatigue (v3): nothing learned before it existed; a v3 database keeps what it learned.
      const anna = await repo.getComposerInfo({ site: 'linkedin', key: 'anna-example-123', name: 'Anna Example' }, 10, AT);
      if (example.version < 3) {
        expect(await db.prompts.count()).toBe(0);
        expect(await tonedRules()).toEqual([]);
        expect(anna.cards).toBeUndefined();
      } else {
        expect(anna.cards?.map((c) => c.rule)).toEqual(['pitch-first-message']);
        expect(await tonedRules()).toEqual([{ rule: 'templated-greeting', anyway: 7, of: 8 }]);
      }
      // The relationship memory: seeded from the contacts written to (v1), kept as written (v2).
      const relations = await db.relations.toArray();
      for (const row of relations) expect(() => relationRowSchema.parse(row)).not.toThrow();
      expect(relations.map((r) => r.key)).toEqual(expect.arrayContaining(['linkedin:anna-example-123', 'xing:name:bernd beispiel']));
      if (example.version === 1) {
        expect(relations).toHaveLength(2);
        expect(await relationInfo({ site: 'linkedin', key: 'anna-example-123' })).toEqual({ lastExchangeAt: AT - 2 * 86_400_000, unansweredInRow: 0, twoWay: false });
      } else {
        expect(await relationInfo({ site: 'linkedin', key: 'anna-example-123' })).toEqual({ lastExchangeAt: AT - 2 * 86_400_000, unansweredInRow: 1, twoWay: true });
      }
      db.close();
    });
  }
});
