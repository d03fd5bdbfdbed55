/**
 * One group dialog the adapter found: who is selected, what the consent ledger (in the
 * background) knows about them, who left, and the checklist ticks. State and the ledger client;
 * no UI (./hold.ts) and no listeners (./feature.ts).
 */
import { ANSWERS, goneFromChat, leftAtFromLedger, leftEntry, type Answer, type ChecklistPerson, type GroupRef } from '../../consent';
import type { LedgerEntry } from '../../messaging/schemas';
import type { GroupCandidate, GroupDialog } from '../../sites/types';
import type { RuntimeHost } from '../features';
import type { Lifetime } from '../lifetime';

/** A ledger that does not answer within this time counts as unreachable. */
export const LEDGER_TIMEOUT_MS = 4000;
const LEDGER_BATCH = 500;

export type LedgerStatus = 'pending' | 'loaded' | 'failed';

export interface Person {
  key: string;
  name: string;
}

/** What a session needs of its open checklist (./hold.ts): the people it holds. */
export interface Held {
  readonly people: readonly Person[];
}

export function dedupe(candidates: readonly GroupCandidate[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const c of candidates) {
    if (!c.key || seen.has(c.key)) continue;
    seen.add(c.key);
    out.push({ key: c.key, name: c.name || c.key });
  }
  return out;
}

export function sameKeys(a: readonly Person[], b: readonly Person[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map((p) => p.key));
  return b.every((p) => keys.has(p.key));
}

function withTimeout<T>(life: Lifetime, p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const cancel = life.timeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        cancel();
        resolve(v);
      },
      () => {
        cancel();
        resolve(fallback);
      },
    );
  });
}

let nextId = 0;
const idPrefix = Math.random().toString(36).slice(2, 8);

export class DialogSession<H extends Held = Held> {
  readonly id = `${idPrefix}-${++nextId}`;
  dialog: GroupDialog;
  groupKey: string;
  /** People selected in the dialog at the last scan. */
  current: Person[] = [];
  readonly answers = new Map<string, Set<Answer>>();
  /** Ledger entries for the people queried so far (plus what we recorded since). */
  entries: LedgerEntry[] = [];
  readonly status = new Map<string, LedgerStatus>();
  /** People the dialog itself marks as having left, with when we first saw it. */
  readonly dialogLeft = new Map<string, Person & { at: number }>();
  /** People we added to this chat earlier who are selectable again: no longer members. */
  readonly gone = new Map<string, Person & { at: number }>();
  /** When the dialog was first seen (entries from before it count for "gone"). */
  readonly startedAt = Date.now();
  private readonly recordedLeft = new Set<string>();
  reportedNoControl = false;
  hold: H | null = null;
  /** The page took the checklist away for good: the next confirm goes through (fail open). */
  lost = false;
  readonly life: Lifetime;
  private readonly host: RuntimeHost;
  /** The ledger answered (the feature re-renders an open checklist or lets its confirm through). */
  onLedger: () => void = () => undefined;

  constructor(dialog: GroupDialog, host: RuntimeHost, life: Lifetime) {
    this.dialog = dialog;
    this.groupKey = dialog.groupKey;
    this.host = host;
    this.life = life;
  }

  group(): GroupRef {
    return { site: this.host.adapter.site, groupKey: this.dialog.groupKey, groupName: this.dialog.groupName };
  }

  /** Re-read the dialog: selection, people it marks as left, ledger lookups. */
  refresh(): void {
    const d = this.dialog;
    if (d.groupKey !== this.groupKey) {
      // The same dialog element now shows another group (single-page navigation): start over.
      this.groupKey = d.groupKey;
      this.entries = [];
      this.status.clear();
      this.dialogLeft.clear();
      this.gone.clear();
      this.recordedLeft.clear();
    }
    const raw = d.selected();
    const marked = d.marked();
    this.current = dedupe(raw);
    this.noteLeft([...marked, ...raw]);
    this.lookUp([...this.current.map((p) => p.key), ...marked.map((c) => c.key)]);
    this.noticeGone();
    this.recordLeft();
  }

  /** Ask the ledger again (remembered data changed in the background). */
  forget(): void {
    this.entries = [];
    this.status.clear();
    this.recordedLeft.clear();
  }

  noteLeft(candidates: readonly GroupCandidate[]): void {
    for (const c of candidates) {
      if (c.state === 'left' && c.key && !this.dialogLeft.has(c.key)) this.dialogLeft.set(c.key, { key: c.key, name: c.name, at: Date.now() });
    }
  }

  /** Query the ledger for the people we know nothing about yet. */
  lookUp(keys: readonly string[]): void {
    const unknown = [...new Set(keys)].filter((k) => k && !this.status.has(k));
    const site = this.host.adapter.site;
    const groupKey = this.groupKey;
    for (let i = 0; i < unknown.length; i += LEDGER_BATCH) {
      const batch = unknown.slice(i, i + LEDGER_BATCH);
      for (const k of batch) this.status.set(k, 'pending');
      let request: Promise<LedgerEntry[] | null>;
      try {
        request = this.host.backend.queryLedger({ site, groupKey, personKeys: batch });
      } catch (err) {
        request = Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      void withTimeout(this.life, request, LEDGER_TIMEOUT_MS, null).then((rows) => {
        if (this.life.aborted || this.groupKey !== groupKey) return;
        const wanted = new Set(batch);
        if (rows === null) {
          for (const k of batch) this.status.set(k, 'failed');
          this.host.onError('group-ledger', new Error('consent ledger unreachable'));
        } else {
          for (const k of batch) this.status.set(k, 'loaded');
          this.entries.push(...rows.filter((r) => wanted.has(r.personKey)));
          this.noticeGone();
          this.recordLeft();
        }
        this.onLedger();
      });
    }
  }

  ledgerState(people: readonly Person[]): LedgerStatus {
    let state: LedgerStatus = 'loaded';
    for (const p of people) {
      const st = this.status.get(p.key) ?? 'pending';
      if (st === 'failed') return 'failed';
      if (st === 'pending') state = 'pending';
    }
    return state;
  }

  /** Selected people we added to this chat before, who are selectable again (see goneFromChat). */
  noticeGone(): void {
    const people = this.hold ? [...this.current, ...this.hold.people] : this.current;
    for (const p of people) {
      if (this.gone.has(p.key) || this.status.get(p.key) !== 'loaded') continue;
      if (goneFromChat(this.dialog.kind, this.entries, p.key, this.startedAt)) this.gone.set(p.key, { ...p, at: Date.now() });
    }
  }

  /** Record 'left' once for everyone the dialog marks as left or who is gone from the chat (once the ledger told us what it knows). */
  recordLeft(): void {
    const fresh: LedgerEntry[] = [];
    for (const [key, person] of [...this.dialogLeft, ...this.gone]) {
      if (this.recordedLeft.has(key) || this.status.get(key) !== 'loaded') continue;
      this.recordedLeft.add(key);
      const entry = leftEntry(this.group(), person, this.entries, person.at);
      if (entry) fresh.push(entry);
    }
    if (fresh.length === 0) return;
    this.entries.push(...fresh);
    this.host.backend.recordLedger(fresh);
  }

  leftAt(key: string): number | undefined {
    return leftAtFromLedger(this.entries, key) ?? this.dialogLeft.get(key)?.at ?? this.gone.get(key)?.at;
  }

  people(list: readonly Person[]): ChecklistPerson[] {
    return list.map((p) => {
      const leftAt = this.leftAt(p.key);
      return { key: p.key, name: p.name, ...(leftAt !== undefined ? { leftAt } : {}), answers: ANSWERS.filter((a) => this.answers.get(p.key)?.has(a)) };
    });
  }

  setAnswer(key: string, answer: Answer, checked: boolean): void {
    let set = this.answers.get(key);
    if (!set) {
      set = new Set();
      this.answers.set(key, set);
    }
    if (checked) set.add(answer);
    else set.delete(answer);
  }
}
