/** "No occasion needed": who is suggested, and when. */
import { describe, expect, it } from 'vitest';
import { chooseSuggestions, daysToBirthday, weekOf, whyNot, type RelationLike } from '../../../lib/relations/choose';

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 4, 12).getTime();
const base = (over: Partial<RelationLike> = {}): RelationLike => ({ key: 'linkedin:a', lastInAt: NOW - 200 * DAY, lastOutAt: NOW - 210 * DAY, unansweredInRow: 0, exchanges: 3, twoWay: true, ...over });

describe('who may be suggested', () => {
  it('a two-way relationship quiet for longer than the quiet period', () => {
    expect(whyNot(base(), NOW, 90)).toBeUndefined();
  });
  it('never a one-way one', () => {
    expect(whyNot(base({ twoWay: false }), NOW, 90)).toBe('one-way');
  });
  it('not within the quiet period, counting contact in either direction', () => {
    expect(whyNot(base({ lastInAt: NOW - 30 * DAY }), NOW, 90)).toBe('recent');
    expect(whyNot(base({ lastOutAt: NOW - 89 * DAY }), NOW, 90)).toBe('recent');
    expect(whyNot(base({ lastOutAt: NOW - 89 * DAY }), NOW, 60)).toBeUndefined();
    expect(whyNot(base({ lastInAt: undefined, lastOutAt: undefined }), NOW, 90)).toBe('unknown-date');
  });
  it('not within a week of a birthday the site marked, either side', () => {
    expect(daysToBirthday('12-10', NOW)).toBe(6);
    expect(daysToBirthday('11-28', NOW)).toBe(6);
    expect(daysToBirthday('01-02', NOW)).toBe(29);
    expect(whyNot(base({ birthday: '12-10' }), NOW, 90)).toBe('birthday');
    expect(whyNot(base({ birthday: '11-28' }), NOW, 90)).toBe('birthday');
    expect(whyNot(base({ birthday: '12-12' }), NOW, 90)).toBeUndefined();
    // Across the year's end.
    expect(whyNot(base({ birthday: '01-03' }), new Date(2026, 11, 30).getTime(), 90)).toBe('birthday');
  });
  it('not while snoozed, never after "not this person", not on a no-reply streak', () => {
    expect(whyNot(base({ snoozedUntil: NOW + DAY }), NOW, 90)).toBe('snoozed');
    expect(whyNot(base({ snoozedUntil: NOW - DAY }), NOW, 90)).toBeUndefined();
    expect(whyNot(base({ never: true }), NOW, 90)).toBe('never');
    expect(whyNot(base({ unansweredInRow: 2 }), NOW, 90)).toBe('no-reply');
    expect(whyNot(base({ unansweredInRow: 1 }), NOW, 90)).toBeUndefined();
  });
});

describe('the week’s choice', () => {
  it('at most three: the two warmest and one lighter tie; nobody ineligible', () => {
    const rows = [
      base({ key: 'a', exchanges: 9 }),
      base({ key: 'b', exchanges: 1 }),
      base({ key: 'c', exchanges: 5 }),
      base({ key: 'd', exchanges: 3 }),
      base({ key: 'e', exchanges: 20, twoWay: false }),
      base({ key: 'f', exchanges: 30, never: true }),
    ];
    expect(chooseSuggestions(rows, NOW, 90).map((r) => r.key)).toEqual(['a', 'c', 'b']);
    expect(chooseSuggestions(rows.slice(0, 2), NOW, 90).map((r) => r.key)).toEqual(['a', 'b']);
    expect(chooseSuggestions([], NOW, 90)).toEqual([]);
  });
  it('among equals, the one quiet longest first', () => {
    const rows = [base({ key: 'x', lastInAt: NOW - 100 * DAY, lastOutAt: NOW - 100 * DAY }), base({ key: 'y', lastInAt: NOW - 400 * DAY, lastOutAt: NOW - 400 * DAY })];
    expect(chooseSuggestions(rows, NOW, 90).map((r) => r.key)).toEqual(['y', 'x']);
  });
  it('weeks start on Monday', () => {
    expect(weekOf(NOW)).toBe('2026-11-30');
    expect(weekOf(new Date(2026, 10, 30, 0, 1).getTime())).toBe('2026-11-30');
    expect(weekOf(new Date(2026, 10, 29, 23, 59).getTime())).toBe('2026-11-23');
  });
});
