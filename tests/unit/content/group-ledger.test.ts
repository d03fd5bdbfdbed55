/**
 * The consent ledger rules, and the whole loop through the real protocol and the background's
 * Dexie database (fake-indexeddb): the group guard's messaging backend → background handlers →
 * lib/db/repo. This is the "two visits" case as the extension runs it.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import { messagingBackend } from '../../../lib/content/backend';
import { Guard } from '../../../lib/content/guard';
import { confirmEntries, goneFromChat, latestEntry, leftAtFromLedger, leftEntry, missingAnswers, requiredAnswers } from '../../../lib/content/group-ledger';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeAllListeners, sendMessage } from '../../../lib/messaging/protocol';
import type { LedgerEntry } from '../../../lib/messaging/schemas';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { buildDialog, captureShadowRoots, fakeAdapter, tick, userClick } from './group-fake';

const group = { site: 'facebook' as const, groupKey: 'g-1', groupName: 'Gardeners' };
const e = (personKey: string, action: LedgerEntry['action'], at: number): LedgerEntry => ({ ...group, personKey, personName: personKey, action, at, answers: [] });

describe('ledger rules', () => {
  it('finds the newest entry per person and whether it says they left', () => {
    const entries = [e('anna', 'added', 10), e('anna', 'left', 20), e('ben', 'left', 5), e('ben', 'added', 30)];
    expect(latestEntry(entries, 'anna')?.action).toBe('left');
    expect(leftAtFromLedger(entries, 'anna')).toBe(20);
    expect(leftAtFromLedger(entries, 'ben')).toBeUndefined();
    expect(leftAtFromLedger(entries, 'cem')).toBeUndefined();
  });

  it('takes a chat member we added before, who is selectable again, as gone (chat adds only)', () => {
    const entries = [e('anna', 'added', 10), e('ben', 'invited', 10), e('cem', 'added', 50)];
    expect(goneFromChat('chat-add', entries, 'anna', 20)).toBe(true);
    expect(goneFromChat('chat-add', entries, 'cem', 20)).toBe(false); // added in this dialog
    expect(goneFromChat('group-invite', entries, 'anna', 20)).toBe(false);
    expect(goneFromChat('chat-add', entries, 'ben', 20)).toBe(false);
    expect(goneFromChat('chat-add', [...entries, e('anna', 'left', 15)], 'anna', 20)).toBe(false); // already recorded
  });

  it('requires "agreed" for direct adds and "wants back" for people who left', () => {
    expect(requiredAnswers('group-invite', undefined)).toEqual([]);
    expect(requiredAnswers('page-invite', 5)).toEqual(['wants-back']);
    expect(requiredAnswers('chat-add', undefined)).toEqual(['agreed']);
    expect(requiredAnswers('chat-add', 5)).toEqual(['agreed', 'wants-back']);
    const people = [
      { key: 'anna', name: 'Anna', leftAt: 5, answers: ['agreed' as const] },
      { key: 'ben', name: 'Ben', answers: [] },
    ];
    expect(missingAnswers('chat-add', people).map((m) => [m.person.key, m.answer])).toEqual([
      ['anna', 'wants-back'],
      ['ben', 'agreed'],
    ]);
  });

  it('records invites vs adds with the ticked answers in a stable order, and "left" only once', () => {
    const people = [{ key: 'anna', name: 'Anna', answers: ['topic' as const, 'agreed' as const] }];
    expect(confirmEntries(group, 'chat-add', people, 7)).toEqual([{ ...group, personKey: 'anna', personName: 'Anna', action: 'added', at: 7, answers: ['agreed', 'topic'] }]);
    expect(confirmEntries(group, 'group-invite', people, 7)[0]!.action).toBe('invited');
    expect(leftEntry(group, { key: 'anna', name: 'Anna' }, [e('anna', 'added', 1)], 9)).toMatchObject({ action: 'left', at: 9 });
    expect(leftEntry(group, { key: 'anna', name: 'Anna' }, [e('anna', 'left', 1)], 9)).toBeNull();
  });
});

describe('ledger in the background database, across two visits', () => {
  let n = 0;
  let guard: Guard | undefined;
  let roots: ShadowRoot[] = [];
  beforeEach(() => {
    useDb(new TaktvollDb(`group-${n++}`));
    registerHandlers();
    roots = captureShadowRoots();
  });
  afterEach(() => {
    guard?.stop();
    guard = undefined;
    removeAllListeners();
  });

  /** One page visit: a fresh content runtime talking to the background through the protocol. */
  async function visit(rows: Parameters<typeof buildDialog>[0]) {
    const page = buildDialog(rows);
    guard?.stop();
    removeAllListeners();
    registerHandlers();
    guard = new Guard(fakeAdapter(), { backend: messagingBackend((err) => guard?.onError('messaging', err)), settings: DEFAULT_SETTINGS });
    guard.start();
    guard.scan();
    await tick(60);
    guard.scan();
    await tick(60);
    return page;
  }

  const ui = () => roots.find((r) => r.host.isConnected && r.host.tagName === 'TAKTVOLL-GROUP-CHECKLIST');
  const control = (label: string) => {
    const els = Array.from(ui()?.querySelectorAll('label, button') ?? []);
    const el = els.find((x) => x.textContent?.trim().startsWith(label));
    return (el?.querySelector('input') ?? el) as HTMLInputElement | HTMLButtonElement;
  };

  it('adds, learns she left, then holds the re-add until "they want back in" is ticked; counts the stats', async () => {
    // Visit 1: Anna is added to the chat.
    let page = await visit({ kind: 'chat-add', groupName: 'Team Lunch' });
    userClick(page.confirm);
    await tick(60);
    control('Anna Example agreed').click();
    control('Continue').click();
    expect(page.sent).toEqual([['anna']]);
    await tick(60);

    // Visit 2: the chat's member list marks her as left.
    page = await visit({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', state: 'left' }] });
    await tick(60);
    const ledger = await sendMessage('listLedger', {});
    expect(ledger.map((r) => [r.personKey, r.action]).sort()).toEqual([
      ['anna', 'added'],
      ['anna', 'left'],
    ]);

    // Visit 3: nothing on the page says so; the ledger does.
    page = await visit({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', checked: true }] });
    userClick(page.confirm);
    await tick(60);
    expect(ui()?.textContent).toMatch(/Anna Example left this group on .+: they told me they want back in/);
    control('Anna Example agreed').click();
    expect((control('Continue') as HTMLButtonElement).disabled).toBe(true);
    control('Cancel').click();
    expect(page.sent).toEqual([]);

    userClick(page.confirm);
    await tick(60);
    control('Anna Example left this group').click();
    control('Continue').click();
    expect(page.sent).toEqual([['anna']]);
    await tick(60);

    const rows = await repo.listLedger();
    expect(rows.filter((r) => r.action === 'added').map((r) => r.answers)).toContainEqual(['agreed', 'wants-back']);
    const [today] = await repo.getStats(1, Date.now());
    expect(today).toMatchObject({ groupHeld: 3, groupCancelled: 1, groupContinued: 2, shown: 0, cancelled: 0 });
  });
});
