/** Retention: the background deletes everything older than the window, everywhere, and keeps trusted contacts. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, db, useDb } from '../../../lib/db/schema';
import { removePageListeners as removeAllListeners, sendFromPage as sendMessage } from '../../../lib/messaging/page-to-background';
import { installManifest, pageSender, sendAs } from '../helpers/messaging';
import { updateSettings } from '../../../lib/storage/settings-item';

const NOW = new Date('2026-11-20T12:00:00').getTime();
const DAY = 86_400_000;
const fp = { minhash: [1, 2, 3], size: 5 };
let n = 0;

async function seed(ageDays: number, who: string): Promise<void> {
  const at = NOW - ageDays * DAY;
  await repo.recordSend({ person: { site: 'linkedin', key: who, name: who }, fingerprint: fp, outcome: 'sent-as-is', rules: [] }, at);
  await repo.recordPrompt({ site: 'linkedin', outcome: 'shown', rules: ['templated-greeting'] }, at);
  await repo.recordLedger([{ site: 'facebook', groupKey: 'g1', groupName: 'G', personKey: who, personName: who, action: 'invited', at, answers: ['agreed'] }]);
}

describe('retention (lib/db/repo.applyRetention)', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`retention-${n++}`));
  });

  it('deletes sends, contacts, ledger entries and day counts older than the window', async () => {
    await seed(100, 'old');
    await seed(10, 'recent');
    await repo.setTrusted({ site: 'xing', key: 'name:friend', name: 'Friend', addedAt: NOW - 1000 * DAY, source: 'options' });

    const deleted = await repo.applyRetention(30, NOW);
    expect(deleted).toBe(4); // one send, one contact, one ledger entry, one stats day

    expect((await repo.listSendMemory()).map((r) => r.recipientKey)).toEqual(['recent']);
    expect((await db().contacts.toArray()).map((c) => c.name)).toEqual(['recent']);
    expect((await repo.listLedger()).map((e) => e.personKey)).toEqual(['recent']);
    const stats = await db().stats.toArray();
    expect(stats).toHaveLength(1);
    expect(stats[0]?.shown).toBe(1);
    // Trusted contacts are the user's own list: kept until removed.
    expect(await repo.listTrusted()).toHaveLength(1);
  });

  it('keeps what is inside the window and is idempotent', async () => {
    await seed(29, 'inside');
    expect(await repo.applyRetention(30, NOW)).toBe(0);
    expect(await repo.listSendMemory()).toHaveLength(1);
    await seed(45, 'outside');
    expect(await repo.applyRetention(30, NOW)).toBe(4);
    expect(await repo.applyRetention(30, NOW)).toBe(0);
  });

  it('a shorter window deletes more', async () => {
    await seed(20, 'a');
    await seed(5, 'b');
    expect(await repo.applyRetention(30, NOW)).toBe(0);
    expect(await repo.applyRetention(7, NOW)).toBe(4);
    expect((await repo.listLedger()).map((e) => e.personKey)).toEqual(['b']);
  });
});

describe('retention through the protocol (what the options page calls)', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`retention-msg-${n++}`));
    installManifest();
    registerHandlers();
    sendAs(pageSender());
  });
  afterEach(() => removeAllListeners());

  it('applies the retention days stored in the settings', async () => {
    const real = Date.now();
    const at = (days: number) => real - days * DAY;
    await repo.recordSend({ person: { site: 'xing', key: 'x', name: 'X' }, fingerprint: fp, outcome: 'clean', rules: [] }, at(40));
    await repo.recordSend({ person: { site: 'xing', key: 'y', name: 'Y' }, fingerprint: fp, outcome: 'clean', rules: [] }, at(3));
    expect(await sendMessage('applyRetention')).toEqual({ deleted: 0 }); // default 180 days
    await updateSettings((s) => ({ ...s, retentionDays: 30 }));
    const { deleted } = await sendMessage('applyRetention');
    expect(deleted).toBeGreaterThanOrEqual(2); // the send and the contact (and possibly its day)
    expect((await sendMessage('listSendMemory', {})).map((r) => r.recipientKey)).toEqual(['y']);
  });
});
