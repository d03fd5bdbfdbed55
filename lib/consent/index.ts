/**
 * The consent rules, as pure functions (no DOM, no browser, no storage): who left a group, which
 * checklist items a person gets and which of them are required before Continue, and what to
 * record in the ledger. The in-page checklist (lib/content/group, components/GroupChecklist) and
 * the popup's copy of it (components/popup/GroupChecklist) both use these, so they cannot drift.
 * The ledger itself lives in the background's Dexie database (lib/db/repo.ts).
 */
import type { LedgerEntry } from '../messaging/schemas';
import type { GroupDialog } from '../sites/types';

export const ANSWERS = ['agreed', 'topic', 'wants-back', 'invite-message'] as const;
export type Answer = (typeof ANSWERS)[number];

export const isAnswer = (s: string): s is Answer => (ANSWERS as readonly string[]).includes(s);

export type DialogKind = GroupDialog['kind'];

/** The newest entry for one person (ties: the one recorded last). */
export function latestEntry(entries: readonly LedgerEntry[], personKey: string): LedgerEntry | undefined {
  let latest: LedgerEntry | undefined;
  for (const e of entries) {
    if (e.personKey !== personKey) continue;
    if (!latest || e.at >= latest.at) latest = e;
  }
  return latest;
}

/** When the person left, if their newest ledger entry says they did. */
export function leftAtFromLedger(entries: readonly LedgerEntry[], personKey: string): number | undefined {
  const latest = latestEntry(entries, personKey);
  return latest?.action === 'left' ? latest.at : undefined;
}

/**
 * A person the ledger says we added to this chat (before this dialog opened) is selectable in
 * the add dialog again, so the chat's member list no longer has them: they left (or were
 * removed). Chat-add only: an invitation that can be sent again may just have expired.
 */
export function goneFromChat(kind: DialogKind, entries: readonly LedgerEntry[], personKey: string, before: number): boolean {
  if (kind !== 'chat-add') return false;
  const latest = latestEntry(entries, personKey);
  return latest?.action === 'added' && latest.at < before;
}

/** Adding to a group chat (Messenger, XING) is direct; groups and pages invite. */
export function ledgerAction(kind: DialogKind): 'invited' | 'added' {
  return kind === 'chat-add' ? 'added' : 'invited';
}

/**
 * Ticks that must be given before Continue: each person's consent item ("agreed", outside the
 * group) — for an invitation too, which still lands in their notifications — and, for someone
 * who left, the hard stop "wants back in". "Topic" is a question to think about, not a
 * gate. Someone who did not agree is taken out of the selection on the page (or the user cancels).
 */
export function requiredAnswers(_kind: DialogKind, leftAt: number | undefined): Answer[] {
  return leftAt !== undefined ? ['agreed', 'wants-back'] : ['agreed'];
}

/** The items a person's part of the checklist shows, in order: the hard stop first when they left. */
export function checklistItems(leftAt: number | undefined): Answer[] {
  return leftAt !== undefined ? ['wants-back', 'agreed', 'topic'] : ['agreed', 'topic'];
}

export interface ChecklistPerson {
  key: string;
  name: string;
  /** Set when the person left this group (ledger or the dialog says so). */
  leftAt?: number;
  /** How the user addresses them, when known (the invitation follows it). */
  register?: 'du' | 'sie';
  answers: Answer[];
}

/** The required ticks still missing, per person, in list order. */
export function missingAnswers(kind: DialogKind, people: readonly ChecklistPerson[]): { person: ChecklistPerson; answer: Answer }[] {
  const out: { person: ChecklistPerson; answer: Answer }[] = [];
  for (const person of people) {
    for (const answer of requiredAnswers(kind, person.leftAt)) {
      if (!person.answers.includes(answer)) out.push({ person, answer });
    }
  }
  return out;
}

export interface GroupRef {
  site: LedgerEntry['site'];
  groupKey: string;
  groupName: string;
}

/** One ledger entry per person for a confirmed add/invite, with the ticked answers. */
export function confirmEntries(group: GroupRef, kind: DialogKind, people: readonly ChecklistPerson[], at: number): LedgerEntry[] {
  return people.map((p) => ({
    site: group.site,
    groupKey: group.groupKey.slice(0, 300),
    groupName: group.groupName.slice(0, 200),
    personKey: p.key.slice(0, 300),
    personName: p.name.slice(0, 200),
    action: ledgerAction(kind),
    at,
    answers: ANSWERS.filter((a) => p.answers.includes(a)),
  }));
}

/** A 'left' entry, unless the ledger already says the person left (recorded once). */
export function leftEntry(group: GroupRef, person: { key: string; name: string }, entries: readonly LedgerEntry[], at: number): LedgerEntry | null {
  if (latestEntry(entries, person.key)?.action === 'left') return null;
  return {
    site: group.site,
    groupKey: group.groupKey.slice(0, 300),
    groupName: group.groupName.slice(0, 200),
    personKey: person.key.slice(0, 300),
    personName: person.name.slice(0, 200),
    action: 'left',
    at,
    answers: [],
  };
}

