/**
 * The relationship memory in the background database: two-way detection, the clock reset by any
 * contact, the send hook, the user's edits, retention and wipe.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as repo from '../../../lib/db/repo';
import { deleteRelation, editRelation, listRelations, mergeThread, recordRelationSend, recordThreadSeen, relationInfo } from '../../../lib/db/relations';
import { TaktvollDb, useDb } from '../../../lib/db/schema';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 4, 12).getTime();
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const dora = { site: 'linkedin' as const, key: 'in:dora', name: 'Dora Dormann' };
const fp = { minhash: [1, 2, 3], size: 5 };

describe('relationship memory', () => {
  let n = 0;
  beforeEach(() => {
    useDb(new TaktvollDb(`relations-${n++}`));
  });

  it('is two-way only once the other person has written back', async () => {
    await recordThreadSeen({ person: dora, history: { incoming: 0, outgoing: 2, lastBy: 'me', unansweredInRow: 2, exchanges: 0, lastOutAt: day(2026, 1, 5) } }, undefined, NOW);
    expect(await relationInfo(dora)).toEqual({ lastExchangeAt: day(2026, 1, 5), unansweredInRow: 2, twoWay: false });
    await recordThreadSeen({ person: dora, history: { incoming: 1, outgoing: 2, lastBy: 'them', unansweredInRow: 0, exchanges: 1, lastOutAt: day(2026, 1, 5), lastInAt: day(2026, 1, 9) } }, undefined, NOW);
    expect(await relationInfo(dora)).toEqual({ lastExchangeAt: day(2026, 1, 9), unansweredInRow: 0, twoWay: true });
    // A later view that shows only the user's part (older messages not loaded) does not undo it.
    await recordThreadSeen({ person: dora, history: { incoming: 0, outgoing: 1, lastBy: 'me', unansweredInRow: 1, exchanges: 0, lastOutAt: day(2026, 2, 1) } }, undefined, NOW);
    expect((await relationInfo(dora))?.twoWay).toBe(true);
  });

  it('any contact resets the clock: their reply and the user’s own send', async () => {
    await recordThreadSeen({ person: dora, history: { incoming: 1, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 1, lastOutAt: day(2023, 3, 14), lastInAt: day(2023, 3, 16) } }, undefined, NOW);
    expect((await relationInfo(dora))?.lastExchangeAt).toBe(day(2023, 3, 16));
    // The user writes: the send hook.
    await repo.recordSend({ person: dora, fingerprint: fp, outcome: 'clean', rules: [] }, NOW, true);
    expect(await relationInfo(dora)).toEqual({ lastExchangeAt: NOW, unansweredInRow: 1, twoWay: true });
    const [row] = await listRelations();
    expect(row).toMatchObject({ lastBy: 'me', exchanges: 2, lastOutAt: NOW, lastInAt: day(2023, 3, 16) });
    // They answer the next day (the page dates it): the run ends, the clock moves.
    await recordThreadSeen({ person: dora, history: { incoming: 2, outgoing: 2, lastBy: 'them', unansweredInRow: 0, exchanges: 3, lastInAt: NOW + DAY } }, undefined, NOW + DAY);
    expect(await relationInfo(dora)).toEqual({ lastExchangeAt: NOW + DAY, unansweredInRow: 0, twoWay: true });
  });

  it('sends alone never make an unanswered run: a reply Taktvoll cannot see is not no reply', async () => {
    const bernd = { site: 'xing' as const, key: 'name:bernd', name: 'Bernd' };
    await recordRelationSend(bernd, NOW - 2 * DAY);
    await recordRelationSend(bernd, NOW - DAY);
    await recordRelationSend(bernd, NOW);
    expect(await relationInfo(bernd)).toEqual({ lastExchangeAt: NOW, unansweredInRow: 0, twoWay: false });
    // Once a thread view said who wrote last, the user's sends count on from there.
    await recordThreadSeen({ person: bernd, history: { incoming: 1, outgoing: 1, lastBy: 'me', unansweredInRow: 1, exchanges: 1, lastOutAt: day(2026, 12, 4) } }, undefined, NOW);
    await recordRelationSend(bernd, NOW + 1000);
    expect(await relationInfo(bernd)).toMatchObject({ unansweredInRow: 2, twoWay: true });
  });

  it('a send today outlives a page that does not show it yet; dates never move back', () => {
    const sent = { key: 'linkedin:in:dora', site: 'linkedin' as const, personKey: 'in:dora', name: 'Dora', lastOutAt: NOW, lastInAt: day(2026, 1, 1), lastBy: 'me' as const, unansweredInRow: 1, exchanges: 2, twoWay: true, lastAt: NOW };
    const older = mergeThread(sent, { person: dora, history: { incoming: 1, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 1, lastInAt: day(2026, 1, 1), lastOutAt: day(2025, 12, 30) } }, undefined, NOW);
    expect(older).toMatchObject({ lastBy: 'me', unansweredInRow: 1, lastOutAt: NOW, exchanges: 2 });
    const today = mergeThread(sent, { person: dora, history: { incoming: 1, outgoing: 3, lastBy: 'me', unansweredInRow: 2, exchanges: 1, lastOutAt: day(2026, 12, 4) } }, undefined, NOW);
    expect(today).toMatchObject({ lastBy: 'me', unansweredInRow: 2, lastOutAt: NOW });
  });

  it('keeps a birthday the site marked, the link from the sender, and nothing when the memory is off', async () => {
    await recordThreadSeen({ person: dora, birthday: true }, 'https://www.linkedin.com/messaging/thread/2-abc/', day(2026, 3, 14));
    expect(await listRelations()).toEqual([expect.objectContaining({ birthday: '03-14', link: 'https://www.linkedin.com/messaging/thread/2-abc/', twoWay: false })]);
    const bernd = { site: 'xing' as const, key: 'name:bernd', name: 'Bernd' };
    await repo.recordSend({ person: bernd, fingerprint: fp, outcome: 'clean', rules: [] }, NOW, false);
    expect(await relationInfo(bernd)).toBeUndefined();
    expect((await repo.getComposerInfo(dora, 10, NOW, false)).relation).toBeUndefined();
    expect((await repo.getComposerInfo(dora, 10, NOW, true)).relation).toEqual({ unansweredInRow: 0, twoWay: false });
  });

  it('the user edits the note, snoozes, marks "not this person" and deletes', async () => {
    await recordRelationSend(dora, NOW);
    const key = 'linkedin:in:dora';
    expect(await editRelation(key, { note: '  moved to Leipzig ', snoozedUntil: NOW + 30 * DAY, never: true })).toMatchObject({ note: 'moved to Leipzig', snoozedUntil: NOW + 30 * DAY, never: true });
    const cleared = await editRelation(key, { note: '', snoozedUntil: null, never: false });
    expect(cleared).not.toHaveProperty('note');
    expect(cleared).not.toHaveProperty('snoozedUntil');
    expect(cleared).not.toHaveProperty('never');
    await expect(editRelation(key, { note: 'x'.repeat(501) })).rejects.toThrow();
    expect(await editRelation('linkedin:nobody', { note: 'x' })).toBeUndefined();
    await deleteRelation(key);
    expect(await listRelations()).toEqual([]);
  });

  it('retention forgets relations without activity in the window; wipe forgets all', async () => {
    await recordRelationSend(dora, NOW - 200 * DAY);
    await recordRelationSend({ site: 'xing', key: 'name:bernd', name: 'Bernd' }, NOW - 10 * DAY);
    expect(await repo.applyRetention(180, NOW)).toBeGreaterThanOrEqual(1);
    expect((await listRelations()).map((r) => r.key)).toEqual(['xing:name:bernd']);
    // Learned today from a thread dated years ago: kept for the window from today.
    await recordThreadSeen({ person: dora, history: { incoming: 1, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 1, lastInAt: day(2023, 3, 16) } }, undefined, NOW);
    await repo.applyRetention(180, NOW + DAY);
    expect((await listRelations()).map((r) => r.key).sort()).toEqual(['linkedin:in:dora', 'xing:name:bernd']);
    await repo.wipeAll();
    expect(await listRelations()).toEqual([]);
  });
});
