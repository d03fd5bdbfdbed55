/** The relationship in the analyzer's context, and the runtime's own "third message without an answer" cue. */
import { describe, expect, it } from 'vitest';
import '../../../lib/analysis/lexicon/all'; // the word lists, as the background hands them to a content script
import { draftContext, relationship, threadSeen } from '../../../lib/content/composer/context';
import { askingAgain, runtimeCues } from '../../../lib/content/composer/unanswered';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { ComposerInfo } from '../../../lib/messaging/schemas';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 4, 12).getTime();
const info = (relation?: ComposerInfo['relation']): ComposerInfo => ({ trusted: false, contacted: true, budgetLeft: 5, promptsToday: 0, ...(relation ? { relation } : {}) });
const anna = { name: 'Anna Example', key: 'in:anna' };

describe('the relationship in the context', () => {
  it('takes the later of the page and the memory for the last exchange, the page for the unanswered run', () => {
    const history = { incoming: 1, outgoing: 3, lastBy: 'me' as const, unansweredInRow: 2, exchanges: 2, lastInAt: NOW - 400 * DAY, lastOutAt: NOW - 380 * DAY };
    expect(relationship(history, info(), NOW)).toEqual({ lastExchangeDaysAgo: 380, unansweredInRow: 2, twoWay: true });
    expect(relationship(history, info({ lastExchangeAt: NOW - 3 * DAY, unansweredInRow: 0, twoWay: true }), NOW)).toEqual({ lastExchangeDaysAgo: 3, unansweredInRow: 2, twoWay: true });
  });

  it('falls back to the memory when the page shows no messages; knows a one-way history; leaves the unknown unknown', () => {
    expect(relationship(undefined, info({ lastExchangeAt: NOW - 10 * DAY, unansweredInRow: 1, twoWay: true }), NOW)).toEqual({ lastExchangeDaysAgo: 10, unansweredInRow: 1, twoWay: true });
    expect(relationship({ incoming: 0, outgoing: 2, lastBy: 'me', unansweredInRow: 2, exchanges: 0 }, info(), NOW)).toEqual({ unansweredInRow: 2, twoWay: false });
    expect(relationship(undefined, info(), NOW)).toEqual({});
    expect(relationship(undefined, null, NOW)).toEqual({});
  });

  it('is filled only with the memory on and a known recipient', () => {
    const ctx = { recipient: anna, firstMessage: false, history: { incoming: 1, outgoing: 1, lastBy: 'them' as const, unansweredInRow: 0, exchanges: 1, lastInAt: NOW - 500 * DAY } };
    expect(draftContext('linkedin', 'message', ctx, info(), DEFAULT_SETTINGS, NOW)).toMatchObject({ lastExchangeDaysAgo: 500, unansweredInRow: 0, twoWay: true });
    const off = draftContext('linkedin', 'message', ctx, info(), { ...DEFAULT_SETTINGS, relationship: { enabled: false, quietDays: 90 } }, NOW);
    expect(off).not.toHaveProperty('lastExchangeDaysAgo');
    expect(off).not.toHaveProperty('twoWay');
    expect(draftContext('linkedin', 'message', { ...ctx, recipient: undefined }, info(), DEFAULT_SETTINGS, NOW)).not.toHaveProperty('twoWay');
  });

  it('tells the memory what a thread shows, or that the site marks a birthday; nothing without a person', () => {
    const history = { incoming: 1, outgoing: 1, lastBy: 'them' as const, unansweredInRow: 0, exchanges: 1 };
    expect(threadSeen('linkedin', { recipient: anna, history })).toEqual({ person: { site: 'linkedin', key: 'in:anna', name: 'Anna Example' }, history });
    expect(threadSeen('linkedin', { recipient: anna, occasion: 'birthday' })).toEqual({ person: { site: 'linkedin', key: 'in:anna', name: 'Anna Example' }, birthday: true });
    expect(threadSeen('linkedin', { recipient: anna })).toBeNull();
    expect(threadSeen('linkedin', { history })).toBeNull();
  });
});

describe('"This would be your third message without an answer"', () => {
  const ask = 'Hi Felix, just checking in. Could you let me know if Tuesday works for a call?';
  it('needs two unanswered messages before, and an ask in the draft', () => {
    expect(askingAgain(ask, { unansweredInRow: 2 })).not.toBeNull();
    const asks = askingAgain(ask, { unansweredInRow: 2 })!;
    expect(asks.words.length).toBeGreaterThan(0);
    // The spans point at the words in the draft (the badge marks them in place).
    expect(asks.spans.map(([s, e]) => ask.slice(s, e).trim())).toEqual(expect.arrayContaining(asks.words));
    expect(askingAgain(ask, { unansweredInRow: 1 })).toBeNull();
    expect(askingAgain(ask, {})).toBeNull();
    expect(askingAgain('Thanks again for the article, I enjoyed it.', { unansweredInRow: 3 })).toBeNull();
    expect(askingAgain('Hallo Felix, hättest du nächste Woche Zeit für ein kurzes Gespräch?', { unansweredInRow: 2 })).not.toBeNull();
  });

  it('is information, counts on, and stays away for trusted people and with the memory off', () => {
    const [cue] = runtimeCues(ask, { unansweredInRow: 2 }, false, DEFAULT_SETTINGS);
    expect(cue).toMatchObject({ rule: 'unanswered', severity: 'info', title: 'This would be your third message without an answer' });
    expect(runtimeCues(ask, { unansweredInRow: 3 }, false, DEFAULT_SETTINGS)[0]?.title).toBe('This would be message 4 without an answer');
    expect(runtimeCues(ask, { unansweredInRow: 2 }, true, DEFAULT_SETTINGS)).toEqual([]);
    expect(runtimeCues(ask, { unansweredInRow: 2 }, false, { ...DEFAULT_SETTINGS, relationship: { enabled: false, quietDays: 90 } })).toEqual([]);
  });
});
