/** The consent rules (lib/consent): pure, shared by the in-page checklist and the popup. */
import { describe, expect, it } from 'vitest';
import { checklistItems, confirmEntries, goneFromChat, latestEntry, leftAtFromLedger, leftEntry, missingAnswers, requiredAnswers } from '../../../lib/consent';
import type { LedgerEntry } from '../../../lib/messaging/schemas';

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

  it('requires each person’s "agreed" (invitations too) and "wants back" for people who left', () => {
    expect(requiredAnswers('group-invite', undefined)).toEqual(['agreed']);
    expect(requiredAnswers('page-invite', 5)).toEqual(['agreed', 'wants-back']);
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

  it('shows the hard stop first for someone who left, and every required item is one that is shown', () => {
    expect(checklistItems(undefined)).toEqual(['agreed', 'topic']);
    expect(checklistItems(5)).toEqual(['wants-back', 'agreed', 'topic']);
    for (const kind of ['group-invite', 'chat-add', 'page-invite'] as const) {
      for (const leftAt of [undefined, 5]) for (const a of requiredAnswers(kind, leftAt)) expect(checklistItems(leftAt)).toContain(a);
    }
  });

  it('records invites vs adds with the ticked answers in a stable order, and "left" only once', () => {
    const people = [{ key: 'anna', name: 'Anna', answers: ['topic' as const, 'agreed' as const] }];
    expect(confirmEntries(group, 'chat-add', people, 7)).toEqual([{ ...group, personKey: 'anna', personName: 'Anna', action: 'added', at: 7, answers: ['agreed', 'topic'] }]);
    expect(confirmEntries(group, 'group-invite', people, 7)[0]!.action).toBe('invited');
    expect(leftEntry(group, { key: 'anna', name: 'Anna' }, [e('anna', 'added', 1)], 9)).toMatchObject({ action: 'left', at: 9 });
    expect(leftEntry(group, { key: 'anna', name: 'Anna' }, [e('anna', 'left', 1)], 9)).toBeNull();
  });
});
