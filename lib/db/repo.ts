/** Queries and writes on the background database. Every write is zod-validated. */
import type { LedgerQuery, SendMemoryRow, SentRecordDto } from '../messaging/types';
import {
  dayStatsSchema,
  ledgerEntrySchema,
  type ComposerInfo,
  type DayStats,
  type LedgerEntry,
  type PersonRef,
  type PromptEvent,
  type SendEvent,
  type TrustedContact,
} from '../messaging/schemas';
import { nameKey } from '../people';
import { recordRelationSend, relationInfo } from './relations';
import { applyFatigueRetention, cardsFor, recordAnswer, recordCardShown, settleKeptEditing } from './fatigue';
import { contactRowSchema, db, sendRowSchema, trustedRowSchema, type SendRow, type StatsRow } from './schema';
import { DAY_MS as DAY } from '../time';

/** Local calendar day, YYYY-MM-DD. */
export function dayKey(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const personId = (p: Pick<PersonRef, 'site' | 'key'>): string => `${p.site}:${p.key}`;

function emptyDay(day: string): StatsRow {
  return dayStatsSchema.parse({ day, shown: 0, revised: 0, cancelled: 0, sentAsIs: 0, keptEditing: 0, clean: 0, groupHeld: 0, groupCancelled: 0, groupContinued: 0 });
}

export async function bumpStats(at: number, changes: Partial<Omit<DayStats, 'day'>>): Promise<void> {
  const day = dayKey(at);
  await db().transaction('rw', db().stats, async () => {
    const row = (await db().stats.get(day)) ?? emptyDay(day);
    for (const [k, v] of Object.entries(changes) as [keyof Omit<DayStats, 'day'>, number][]) row[k] += v;
    await db().stats.put(dayStatsSchema.parse(row));
  });
}

/** `relations`: whether the relationship memory is on (then its knowledge of the person comes along). */
export async function getComposerInfo(person: PersonRef, dailyBudget: number, now: number, relations = false): Promise<ComposerInfo> {
  // Trusted by key (pause card) or by name (options page: the user types the name the site shows).
  const byName = person.name.trim() ? personId({ site: person.site, key: nameKey(person.name) }) : undefined;
  const [trusted, trustedByName, contact, today, relation, cards] = await Promise.all([
    db().trusted.get(personId(person)),
    byName ? db().trusted.get(byName) : undefined,
    db().contacts.get(personId(person)),
    db().stats.get(dayKey(now)),
    relations ? relationInfo(person) : undefined,
    cardsFor(person, now),
  ]);
  const shown = today?.shown ?? 0;
  return {
    trusted: Boolean(trusted ?? trustedByName),
    contacted: Boolean(contact && contact.sent > 0),
    register: contact?.register,
    budgetLeft: Math.max(0, dailyBudget - shown),
    promptsToday: shown,
    ...(relation ? { relation } : {}),
    ...(cards.length ? { cards } : {}),
  };
}

const toRecord = (r: SendRow): SentRecordDto => ({
  recipientKey: `${r.site}:${r.recipientKey}`,
  at: r.at,
  fingerprint: { minhash: r.minhash, size: r.size, ...(r.kind ? { kind: r.kind } : {}), ...(r.whole ? { whole: r.whole } : {}) },
});

/** Every remembered send of the last `days` days, newest first (the background indexes them). */
export async function getSendMemory(days: number, now: number): Promise<SentRecordDto[]> {
  const rows = await db().sends.where('at').above(now - days * DAY).reverse().toArray();
  return rows.map(toRecord);
}

const SEND_COUNTS = { clean: { clean: 1 }, revised: { revised: 1 }, 'sent-as-is': { sentAsIs: 1 }, unheld: {} } as const;

/**
 * Record a send; returns the remembered fingerprint, if one was stored, and whether prompt fatigue
 * toned a rule down (or brought one back) with it. `relations`: the relationship memory is on.
 */
export async function recordSend(event: SendEvent, now: number, relations = false): Promise<{ stored: SentRecordDto | null; tonedChanged: boolean }> {
  const { person, card } = event;
  const stored = person ? await rememberContact(person, event, now) : null;
  if (person && relations) await recordRelationSend(person, now);
  // A send no card held (the badge only) is none of the card's counts.
  await bumpStats(now, SEND_COUNTS[event.outcome]);
  let tonedChanged = false;
  if (card && event.outcome !== 'clean' && event.outcome !== 'unheld') {
    tonedChanged = card.via === 'send-anyway' ? await recordAnswer(card.rules, 'sent-as-is', now) : await settleKeptEditing(card.rules, event.outcome);
  }
  return { stored, tonedChanged };
}

/** A fingerprint of what was sent (no text) and the contact: "first message" is first only once. */
async function rememberContact(person: PersonRef, event: SendEvent, now: number): Promise<SentRecordDto | null> {
  const id = personId(person);
  return db().transaction('rw', db().sends, db().contacts, async () => {
    let stored: SentRecordDto | null = null;
    if (event.fingerprint.size > 0) {
      const row = sendRowSchema.parse({ site: person.site, recipientKey: person.key, at: now, ...event.fingerprint });
      await db().sends.add(row);
      stored = toRecord(row);
    }
    const prev = await db().contacts.get(id);
    await db().contacts.put(
      contactRowSchema.parse({
        key: id,
        site: person.site,
        name: person.name || prev?.name || '',
        firstAt: prev?.firstAt ?? now,
        lastAt: now,
        sent: (prev?.sent ?? 0) + 1,
        register: event.register ?? prev?.register,
      }),
    );
    return stored;
  });
}

/** Count a card or checklist; true when a "Keep editing" changed which rules are toned down. */
export async function recordPrompt(event: PromptEvent, now: number): Promise<boolean> {
  if (event.kind === 'group') {
    if (event.outcome === 'kept-editing') return false;
    await bumpStats(now, event.outcome === 'shown' ? { groupHeld: 1 } : event.outcome === 'cancelled' ? { groupCancelled: 1 } : { groupContinued: 1 });
    return false;
  }
  switch (event.outcome) {
    // A composer "continue" is a send, counted by recordSend.
    case 'continued':
      return false;
    case 'shown':
      await bumpStats(now, { shown: 1 });
      if (event.person && event.sketch && event.rules.length) await recordCardShown(event.person, event.rules, event.sketch, now);
      return false;
    case 'kept-editing':
      await bumpStats(now, { keptEditing: 1 });
      return event.rules.length ? recordAnswer(event.rules, 'kept-editing', now) : false;
    case 'cancelled':
      await bumpStats(now, { cancelled: 1 });
      return false;
  }
}

export async function getStats(days: number, now: number): Promise<DayStats[]> {
  const out: DayStats[] = [];
  const rows = new Map((await db().stats.toArray()).map((r) => [r.day, r]));
  for (let i = days - 1; i >= 0; i--) {
    const day = dayKey(now - i * DAY);
    out.push(rows.get(day) ?? emptyDay(day));
  }
  return out;
}

export async function setTrusted(contact: TrustedContact): Promise<void> {
  await db().trusted.put(trustedRowSchema.parse({ ...contact, id: personId({ site: contact.site, key: contact.key }) }));
}

export async function removeTrusted(person: Pick<PersonRef, 'site' | 'key'>): Promise<void> {
  await db().trusted.delete(personId(person));
}

export async function listTrusted(): Promise<TrustedContact[]> {
  return (await db().trusted.toArray()).map(({ id: _id, ...rest }) => rest);
}

export async function replaceTrusted(contacts: TrustedContact[]): Promise<void> {
  const rows = contacts.map((c) => trustedRowSchema.parse({ ...c, id: personId(c) }));
  await db().transaction('rw', db().trusted, async () => {
    await db().trusted.clear();
    await db().trusted.bulkPut(rows);
  });
}

export async function queryLedger(query: LedgerQuery): Promise<LedgerEntry[]> {
  const keys = new Set(query.personKeys);
  const rows = await db().ledger.where('[site+groupKey]').equals([query.site, query.groupKey]).sortBy('at');
  return rows.filter((r) => keys.has(r.personKey));
}

export async function recordLedger(entries: LedgerEntry[]): Promise<void> {
  const rows = entries.map((e) => ledgerEntrySchema.parse(e));
  await db().ledger.bulkAdd(rows.map(({ id: _id, ...rest }) => rest));
}

export async function listLedger(limit = 500): Promise<LedgerEntry[]> {
  return db().ledger.orderBy('at').reverse().limit(limit).toArray();
}

export async function deleteLedgerEntry(id: number): Promise<void> {
  await db().ledger.delete(id);
}

export async function listSendMemory(limit = 500): Promise<SendMemoryRow[]> {
  const rows = await db().sends.orderBy('at').reverse().limit(limit).toArray();
  // The name the site showed when the user wrote (contacts), so the options list people, not keys.
  const ids = [...new Set(rows.map((r) => personId({ site: r.site as PersonRef['site'], key: r.recipientKey })))];
  const names = new Map((await db().contacts.bulkGet(ids)).flatMap((c) => (c?.name ? [[c.key, c.name] as const] : [])));
  return rows.map((r) => {
    const name = names.get(personId({ site: r.site as PersonRef['site'], key: r.recipientKey }));
    return { id: r.id ?? 0, recipientKey: r.recipientKey, ...(name ? { name } : {}), site: r.site, at: r.at };
  });
}

export async function deleteSendMemory(id: number): Promise<void> {
  await db().sends.delete(id);
}

export async function wipeAll(): Promise<void> {
  await Promise.all(db().tables.map((t) => t.clear()));
}

/**
 * Delete everything older than the retention window (a relationship by its latest activity:
 * the last exchange, or when Taktvoll first learned of it). Trusted contacts are kept until removed,
 * and so are "left this group" entries: forgetting them would silently lift the re-add hard
 * stop. The user can delete any ledger entry in the options page.
 */
export async function applyRetention(retentionDays: number, now: number): Promise<number> {
  const cutoff = now - retentionDays * DAY;
  const [s, c, l, st, r, f] = await Promise.all([
    db().sends.where('at').below(cutoff).delete(),
    db().contacts.where('lastAt').below(cutoff).delete(),
    db().ledger.where('at').below(cutoff).and((e) => e.action !== 'left').delete(),
    db().stats.where('day').below(dayKey(cutoff)).delete(),
    db().relations.where('lastAt').below(cutoff).delete(),
    applyFatigueRetention(retentionDays, now),
  ]);
  return s + c + l + st + r + f;
}
