/** What a thread shows of an exchange: the day headings (EN, DE) and the summary of directions. */
import { describe, expect, it } from 'vitest';
import { dayOf, parseDayHeading } from '../../../lib/sites/kit/dates';
import { summarise } from '../../../lib/sites/kit/history';

const NOW = new Date(2026, 11, 4, 15, 30).getTime(); // Friday, 4 December 2026
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('day headings', () => {
  it.each([
    ['Today', day(2026, 12, 4)],
    ['Heute', day(2026, 12, 4)],
    ['Yesterday', day(2026, 12, 3)],
    ['gestern', day(2026, 12, 3)],
    ['Monday', day(2026, 11, 30)],
    ['Montag', day(2026, 11, 30)],
    ['Fri', day(2026, 11, 27)], // the same weekday is last week's: today says "Today"
    ['Mar 14, 2023', day(2023, 3, 14)],
    ['March 14, 2023', day(2023, 3, 14)],
    ['Tue, Mar 14, 2023', day(2023, 3, 14)],
    ['14. März 2023', day(2023, 3, 14)],
    ['14. Mär. 2023', day(2023, 3, 14)],
    ['2. Sept. 2026', day(2026, 9, 2)],
    ['14 March 2023', day(2023, 3, 14)],
    ['14.03.2023', day(2023, 3, 14)],
    ['2023-03-14', day(2023, 3, 14)],
    ['Nov 20', day(2026, 11, 20)],
    ['Dec 30', day(2025, 12, 30)], // no year, later than today: last year's
    ['30. Dez.', day(2025, 12, 30)],
  ])('%s', (text, expected) => {
    expect(parseDayHeading(text, NOW)).toBe(expected);
  });

  it.each(['', '10:02 AM', 'Feb 31, 2023', '14 mars 2023', 'soon', 'Message', 'x'.repeat(60)])('no date in %j', (text) => {
    expect(parseDayHeading(text, NOW)).toBeUndefined();
  });

  it('prefers a datetime attribute to the text', () => {
    const el = document.createElement('time');
    el.setAttribute('datetime', '2024-05-17T09:00:00Z');
    el.textContent = 'Today';
    expect(dayOf(el, NOW)).toBe(day(2024, 5, 17));
    el.setAttribute('datetime', 'nonsense');
    expect(dayOf(el, NOW)).toBe(day(2026, 12, 4));
  });
});

describe('summary of a thread', () => {
  it('is undefined for an empty thread', () => {
    expect(summarise([])).toBeUndefined();
  });

  it('counts directions, turns, the unanswered run and the last day of each side', () => {
    const h = summarise([
      { incoming: false, day: day(2026, 8, 3) },
      { incoming: true, day: day(2026, 8, 3) },
      { incoming: false, day: day(2026, 8, 20) },
      { incoming: false, day: day(2026, 9, 2) },
    ]);
    expect(h).toEqual({ incoming: 1, outgoing: 3, lastBy: 'me', unansweredInRow: 2, exchanges: 2, lastInAt: day(2026, 8, 3), lastOutAt: day(2026, 9, 2) });
  });

  it('an answer ends the unanswered run; undated messages still count', () => {
    const h = summarise([{ incoming: false }, { incoming: false }, { incoming: true }]);
    expect(h).toEqual({ incoming: 1, outgoing: 2, lastBy: 'them', unansweredInRow: 0, exchanges: 1 });
  });
});
