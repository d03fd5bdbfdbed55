/**
 * The relationship memory's queries and writes (background only, every write zod-validated).
 * Any contact resets the clock, in either direction: the user's send (the send hook) or a later
 * message the user sees in a thread they opened.
 */
import type { PersonRef, RelationInfo, ThreadHistoryDto, ThreadSeen } from '../messaging/schemas';
import { db, relationRowSchema, type RelationRow } from './schema';

export const relationKey = (p: Pick<PersonRef, 'site' | 'key'>): string => `${p.site}:${p.key}`;

const max = (...xs: (number | undefined)[]): number | undefined => {
  const ys = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return ys.length ? Math.max(...ys) : undefined;
};

/** The last day either side wrote. */
export const lastExchange = (r: Pick<RelationRow, 'lastInAt' | 'lastOutAt'>): number | undefined => max(r.lastInAt, r.lastOutAt);

function fresh(person: PersonRef, now: number): RelationRow {
  return { key: relationKey(person), site: person.site, personKey: person.key, name: person.name, unansweredInRow: 0, exchanges: 0, twoWay: false, lastAt: now };
}

const monthDay = (at: number): string => {
  const d = new Date(at);
  return `${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * What an opened thread showed, merged into what was known. Dates only move forward; the page's
 * end of the thread (who wrote last, the unanswered run) wins when it is at least as recent as
 * what the memory knew — a send recorded a moment ago that the page does not show yet stays.
 */
export function mergeThread(prev: RelationRow | undefined, seen: ThreadSeen, link: string | undefined, now: number): RelationRow {
  const row: RelationRow = { ...(prev ?? fresh(seen.person, now)) };
  if (seen.person.name) row.name = seen.person.name;
  const h: ThreadHistoryDto | undefined = seen.history;
  if (h) {
    const pageLast = max(h.lastInAt, h.lastOutAt);
    const knownLast = lastExchange(row);
    row.lastInAt = max(row.lastInAt, h.lastInAt);
    row.lastOutAt = max(row.lastOutAt, h.lastOutAt);
    if (h.incoming > 0 && h.outgoing > 0) row.twoWay = true;
    row.exchanges = Math.max(row.exchanges, h.exchanges);
    // The page dates to the day; a send the memory recorded today is not newer than "Today".
    const pageCurrent = knownLast === undefined || pageLast === undefined || pageLast >= startOfDay(knownLast);
    if (h.lastBy && pageCurrent) {
      row.lastBy = h.lastBy;
      row.unansweredInRow = h.unansweredInRow;
    }
  }
  if (h?.lastBy) row.seenAt = now;
  if (seen.birthday) row.birthday = monthDay(now);
  if (link) row.link = link;
  row.lastAt = Math.max(row.lastAt, lastExchange(row) ?? 0, prev ? 0 : now);
  return relationRowSchema.parse(row);
}

function startOfDay(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** The send hook: the user wrote to this person now. */
export function mergeSend(prev: RelationRow | undefined, person: PersonRef, now: number): RelationRow {
  const row: RelationRow = { ...(prev ?? fresh(person, now)) };
  if (person.name) row.name = person.name;
  // Who wrote last is known only from a thread the user opened; without one, a send says nothing
  // about replies (they may have come where Taktvoll cannot see them).
  if (row.seenAt !== undefined) {
    if (row.lastBy === 'them') row.exchanges += 1;
    row.unansweredInRow = row.lastBy === 'me' ? row.unansweredInRow + 1 : 1;
    row.lastBy = 'me';
  }
  row.lastOutAt = now;
  row.lastAt = now;
  return relationRowSchema.parse(row);
}

export async function recordThreadSeen(seen: ThreadSeen, link: string | undefined, now: number): Promise<void> {
  const key = relationKey(seen.person);
  await db().transaction('rw', db().relations, async () => {
    await db().relations.put(mergeThread(await db().relations.get(key), seen, link, now));
  });
}

export async function recordRelationSend(person: PersonRef, now: number): Promise<void> {
  const key = relationKey(person);
  await db().transaction('rw', db().relations, async () => {
    await db().relations.put(mergeSend(await db().relations.get(key), person, now));
  });
}

export async function relationInfo(person: Pick<PersonRef, 'site' | 'key'>): Promise<RelationInfo | undefined> {
  const row = await db().relations.get(relationKey(person));
  if (!row) return undefined;
  const last = lastExchange(row);
  return { ...(last !== undefined ? { lastExchangeAt: last } : {}), unansweredInRow: row.unansweredInRow, twoWay: row.twoWay };
}

export async function listRelations(): Promise<RelationRow[]> {
  return db().relations.orderBy('lastAt').reverse().toArray();
}

/** What the user may change: the note, the snooze, "not this person". */
export interface RelationEdit {
  note?: string;
  snoozedUntil?: number | null;
  never?: boolean;
}

export async function editRelation(key: string, edit: RelationEdit): Promise<RelationRow | undefined> {
  return db().transaction('rw', db().relations, async () => {
    const prev = await db().relations.get(key);
    if (!prev) return undefined;
    const row: RelationRow = { ...prev };
    if (edit.note !== undefined) {
      if (edit.note.trim()) row.note = edit.note.trim();
      else delete row.note;
    }
    if (edit.snoozedUntil === null) delete row.snoozedUntil;
    else if (edit.snoozedUntil !== undefined) row.snoozedUntil = edit.snoozedUntil;
    if (edit.never !== undefined) {
      if (edit.never) row.never = true;
      else delete row.never;
    }
    const parsed = relationRowSchema.parse(row);
    await db().relations.put(parsed);
    return parsed;
  });
}

export async function deleteRelation(key: string): Promise<void> {
  await db().relations.delete(key);
}

/** Import: the file's relations replace the stored ones. */
export async function replaceRelations(rows: RelationRow[]): Promise<void> {
  const valid = rows.map((r) => relationRowSchema.parse(r));
  await db().transaction('rw', db().relations, async () => {
    await db().relations.clear();
    await db().relations.bulkPut(valid);
  });
}
