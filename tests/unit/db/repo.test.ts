import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';

const person = { site: 'linkedin' as const, key: 'anna-example', name: 'Anna Example' };
const fp = { minhash: [1, 2, 3, 4], size: 7 };
const NOW = new Date('2026-11-20T12:00:00').getTime();
const DAY = 86_400_000;

describe('background database', () => {
  let n = 0;
  beforeEach(async () => {
    useDb(new TaktvollDb(`test-${n++}`));
  });

  it('remembers a send as a fingerprint and a contact, never as text', async () => {
    expect((await repo.getComposerInfo(person, 10, NOW)).contacted).toBe(false);
    await repo.recordSend({ person, fingerprint: fp, register: 'sie', outcome: 'clean', rules: [] }, NOW);
    const info = await repo.getComposerInfo(person, 10, NOW);
    expect(info).toMatchObject({ contacted: true, register: 'sie', trusted: false });
    const memory = await repo.getSendMemory(30, NOW);
    expect(memory).toEqual([{ recipientKey: 'linkedin:anna-example', at: NOW, fingerprint: fp }]);
    const stats = await repo.getStats(1, NOW);
    expect(stats[0]).toMatchObject({ clean: 1, shown: 0 });
  });

  it('counts prompts against the daily budget and outcomes per day', async () => {
    await repo.recordPrompt({ site: 'linkedin', outcome: 'shown', rules: ['templated-greeting'] }, NOW);
    await repo.recordPrompt({ site: 'linkedin', outcome: 'shown', rules: ['templated-greeting'] }, NOW);
    await repo.recordPrompt({ site: 'linkedin', outcome: 'cancelled', rules: ['templated-greeting'] }, NOW);
    await repo.recordSend({ person, fingerprint: fp, outcome: 'revised', rules: [] }, NOW);
    await repo.recordSend({ person, fingerprint: fp, outcome: 'sent-as-is', rules: [] }, NOW - DAY);
    const info = await repo.getComposerInfo(person, 3, NOW);
    expect(info.budgetLeft).toBe(1);
    expect(info.promptsToday).toBe(2);
    const [yesterday, today] = await repo.getStats(2, NOW);
    expect(today).toMatchObject({ shown: 2, cancelled: 1, revised: 1, sentAsIs: 0 });
    expect(yesterday).toMatchObject({ sentAsIs: 1, shown: 0 });
  });

  it('rejects invalid records instead of storing them', async () => {
    await expect(repo.recordSend({ person: { ...person, key: '' }, fingerprint: fp, outcome: 'clean', rules: [] }, NOW)).rejects.toThrow();
    await expect(repo.recordLedger([{ site: 'facebook', groupKey: '', groupName: '', personKey: 'x', personName: '', action: 'added', at: NOW, answers: [] }])).rejects.toThrow();
  });

  it('keeps trusted contacts per site and person', async () => {
    await repo.setTrusted({ ...person, addedAt: NOW, source: 'pause-card' });
    expect((await repo.getComposerInfo(person, 10, NOW)).trusted).toBe(true);
    expect((await repo.getComposerInfo({ ...person, site: 'xing' }, 10, NOW)).trusted).toBe(false);
    await repo.removeTrusted(person);
    expect(await repo.listTrusted()).toEqual([]);
  });

  it('finds ledger entries for a group and the people in a dialog', async () => {
    const base = { site: 'facebook' as const, groupKey: 'g1', groupName: 'Hiking', answers: [] };
    await repo.recordLedger([
      { ...base, personKey: 'ben', personName: 'Ben', action: 'added', at: NOW - 3 * DAY, answers: ['agreed'] },
      { ...base, personKey: 'ben', personName: 'Ben', action: 'left', at: NOW - DAY },
      { ...base, groupKey: 'g2', personKey: 'ben', personName: 'Ben', action: 'added', at: NOW },
      { ...base, personKey: 'cleo', personName: 'Cleo', action: 'invited', at: NOW },
    ]);
    const rows = await repo.queryLedger({ site: 'facebook', groupKey: 'g1', personKeys: ['ben'] });
    expect(rows.map((r) => r.action)).toEqual(['added', 'left']);
    expect(rows[0]!.answers).toEqual(['agreed']);
  });

  it('applies retention to everything but trusted contacts', async () => {
    await repo.recordSend({ person, fingerprint: fp, outcome: 'clean', rules: [] }, NOW - 40 * DAY);
    await repo.recordSend({ person: { ...person, key: 'ben' }, fingerprint: fp, outcome: 'clean', rules: [] }, NOW);
    await repo.setTrusted({ ...person, addedAt: NOW - 400 * DAY, source: 'options' });
    const deleted = await repo.applyRetention(30, NOW);
    expect(deleted).toBeGreaterThanOrEqual(3); // old send, old contact, old stats day
    expect((await repo.getSendMemory(365, NOW)).map((r) => r.recipientKey)).toEqual(['linkedin:ben']);
    expect(await repo.listTrusted()).toHaveLength(1);
  });

  it('keeps "left this group" entries through retention, so the re-add hard stop is not forgotten', async () => {
    const base = { site: 'facebook' as const, groupKey: 'g1', groupName: 'Hiking', personKey: 'ben', personName: 'Ben', answers: [] };
    await repo.recordLedger([
      { ...base, action: 'added', at: NOW - 400 * DAY },
      { ...base, action: 'left', at: NOW - 390 * DAY },
      { ...base, personKey: 'cleo', personName: 'Cleo', action: 'invited', at: NOW - 1 * DAY },
    ]);
    await repo.applyRetention(180, NOW);
    const rows = await repo.listLedger();
    expect(rows.map((r) => `${r.personKey}:${r.action}`).sort()).toEqual(['ben:left', 'cleo:invited']);
  });

  it('wipes all data', async () => {
    await repo.recordSend({ person, fingerprint: fp, outcome: 'clean', rules: [] }, NOW);
    await repo.wipeAll();
    expect(await repo.getSendMemory(30, NOW)).toEqual([]);
    expect(await repo.getStats(1, NOW)).toEqual([expect.objectContaining({ clean: 0 })]);
  });
});
