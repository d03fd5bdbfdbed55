/**
 * "No occasion needed" (issue 12): which people the popup suggests, and when. Pure: rows and the
 * clock in, a choice out.
 *
 * A person is eligible when all of these hold (research/peers-2026.md §2.2):
 * - the history is two-way: they have written back at some point;
 * - it has been quiet for at least the user's quiet period (default 90 days), counting contact in
 *   either direction (any contact resets the clock: Monica #1814);
 * - no birthday the site marked falls within a week either way (the point is *no* occasion);
 * - the user is not on a no-reply streak with them (two or more unanswered messages);
 * - not snoozed, not marked "not this person".
 *
 * At most three a week, chosen once per week and kept for it: the two the user exchanged most
 * with, then one lighter tie (Walter, Levin & Murnighan 2015: the less-used ties hold the
 * novelty), the quietest first among equals.
 */
import { DAY_MS as DAY } from '../time';

export const MAX_SUGGESTIONS = 3;
export const BIRTHDAY_WINDOW_DAYS = 7;
export const NO_REPLY_STREAK = 2;
/** "Later": back in the running after this many days. */
export const LATER_DAYS = 30;

export interface RelationLike {
  key: string;
  lastInAt?: number;
  lastOutAt?: number;
  unansweredInRow: number;
  exchanges: number;
  twoWay: boolean;
  /** "MM-DD" */
  birthday?: string;
  snoozedUntil?: number;
  never?: boolean;
}

export const lastContact = (r: Pick<RelationLike, 'lastInAt' | 'lastOutAt'>): number | undefined => {
  const xs = [r.lastInAt, r.lastOutAt].filter((x): x is number => typeof x === 'number');
  return xs.length ? Math.max(...xs) : undefined;
};

/** Days from `now` to the nearest occurrence (this, last or next year) of a "MM-DD" birthday. */
export function daysToBirthday(birthday: string, now: number): number | undefined {
  const m = /^(\d{2})-(\d{2})$/.exec(birthday);
  if (!m) return undefined;
  const d = new Date(now);
  const today = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  let best: number | undefined;
  for (const y of [d.getFullYear() - 1, d.getFullYear(), d.getFullYear() + 1]) {
    const at = new Date(y, Number(m[1]) - 1, Number(m[2])).getTime();
    const days = Math.round(Math.abs(at - today) / DAY);
    if (best === undefined || days < best) best = days;
  }
  return best;
}

export type Ineligible = 'one-way' | 'recent' | 'unknown-date' | 'birthday' | 'no-reply' | 'snoozed' | 'never';

/** Why a person is not suggested now; undefined when they may be. */
export function whyNot(r: RelationLike, now: number, quietDays: number): Ineligible | undefined {
  if (r.never) return 'never';
  if (r.snoozedUntil !== undefined && r.snoozedUntil > now) return 'snoozed';
  if (!r.twoWay) return 'one-way';
  if (r.unansweredInRow >= NO_REPLY_STREAK) return 'no-reply';
  const last = lastContact(r);
  if (last === undefined) return 'unknown-date';
  if (now - last < quietDays * DAY) return 'recent';
  if (r.birthday !== undefined && (daysToBirthday(r.birthday, now) ?? Infinity) <= BIRTHDAY_WINDOW_DAYS) return 'birthday';
  return undefined;
}

/** This week's suggestions from every remembered relation. */
export function chooseSuggestions<T extends RelationLike>(rows: readonly T[], now: number, quietDays: number, max = MAX_SUGGESTIONS): T[] {
  const eligible = rows.filter((r) => whyNot(r, now, quietDays) === undefined);
  // Most exchanges first; among equals the one quiet longest.
  const byWarmth = [...eligible].sort((a, b) => b.exchanges - a.exchanges || (lastContact(a) ?? 0) - (lastContact(b) ?? 0) || a.key.localeCompare(b.key));
  if (byWarmth.length <= max) return byWarmth;
  const warm = byWarmth.slice(0, max - 1);
  const light = byWarmth[byWarmth.length - 1];
  return light ? [...warm, light] : warm;
}

/** The week a moment belongs to: its Monday, as YYYY-MM-DD in local time. */
export function weekOf(now: number): string {
  const d = new Date(now);
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`;
}
