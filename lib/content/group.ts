/**
 * The group consent guard's runtime. For every add/invite dialog the adapter finds it keeps a
 * session: who is selected, what the consent ledger (in the background) knows about them, and
 * the checklist ticks. When the user confirms (a trusted click, or Enter/Space on a
 * non-button control), the confirm is held and the checklist opens. "Continue" re-clicks the
 * site's own control exactly once, only if the selection is still the same people; "Cancel"
 * sends nothing and leaves the selection alone. The popup reads and ticks the same state
 * through the getGroupDialogs / answerGroupItem tab messages (payloads checked by hand).
 *
 * Fail open: a dialog we cannot read (no confirm control, nobody selected, an exception, the
 * ledger unreachable) is not held; the site works as without Taktvoll and onError says why.
 * The one exception is a person the dialog itself marks as having left: that hard stop needs
 * no ledger.
 */
import { h } from 'preact';
import { GroupChecklist } from '../../components/GroupChecklist';
import { groupCss } from '../../components/group/styles';
import { onMessage, type GroupDialogState } from '../messaging/protocol';
import type { LedgerEntry } from '../messaging/schemas';
import { formatDate } from '../pages/format';
import type { GroupCandidate, GroupDialog, SiteAdapter } from '../sites/types';
import type { GuardBackend } from './backend';
import { pathHit } from './dom';
import {
  ANSWERS,
  confirmEntries,
  goneFromChat,
  isAnswer,
  leftAtFromLedger,
  leftEntry,
  missingAnswers,
  type Answer,
  type ChecklistPerson,
  type GroupRef,
} from './group-ledger';
import { mountShadow, type ShadowMount } from './mount';

/** What the group guard needs from the content runtime (the Guard satisfies it). */
export interface GroupHost {
  readonly adapter: SiteAdapter;
  readonly backend: GuardBackend;
  readonly active: boolean;
  onError(where: string, err: unknown): void;
}

/** A ledger that does not answer within this time counts as unreachable. */
export const LEDGER_TIMEOUT_MS = 4000;
const LEDGER_BATCH = 500;

export interface AnswerGroupItem {
  dialogId: string;
  personKey: string;
  item: Answer;
  checked: boolean;
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Validate the popup's payload by hand (zod stays out of content scripts, see eslint.config.js). */
export function parseAnswerGroupItem(data: unknown): AnswerGroupItem {
  const d = (data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || !str(d.dialogId, 100) || !str(d.personKey, 300) || typeof d.item !== 'string' || !isAnswer(d.item) || typeof d.checked !== 'boolean') {
    throw new Error('answerGroupItem: invalid payload');
  }
  return { dialogId: d.dialogId, personKey: d.personKey, item: d.item, checked: d.checked };
}

type LedgerStatus = 'pending' | 'loaded' | 'failed';

interface Person {
  key: string;
  name: string;
}

interface Hold {
  /** The people selected when the user confirmed: Continue sends only if they still are. */
  people: Person[];
  control: HTMLElement;
  mount: ShadowMount;
  alert?: 'changed' | 'no-control';
  done: boolean;
}

interface DialogSession {
  id: string;
  dialog: GroupDialog;
  groupKey: string;
  /** People selected in the dialog at the last scan. */
  current: Person[];
  answers: Map<string, Set<Answer>>;
  /** Ledger entries for the people queried so far (plus what we recorded since). */
  entries: LedgerEntry[];
  status: Map<string, LedgerStatus>;
  /** People the dialog itself marks as having left, with when we first saw it. */
  dialogLeft: Map<string, Person & { at: number }>;
  /** People we added to this chat earlier who are selectable again: no longer members. */
  gone: Map<string, Person & { at: number }>;
  /** When the dialog was first seen (entries from before it count for "gone"). */
  startedAt: number;
  recordedLeft: Set<string>;
  reportedNoControl: boolean;
  hold: Hold | null;
  disposed: boolean;
}

function dedupe(candidates: readonly GroupCandidate[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const c of candidates) {
    if (!c.key || seen.has(c.key)) continue;
    seen.add(c.key);
    out.push({ key: c.key, name: c.name || c.key });
  }
  return out;
}

function sameKeys(a: readonly Person[], b: readonly Person[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map((p) => p.key));
  return b.every((p) => keys.has(p.key));
}

/** Controls whose keyboard activation already produces a (trusted) click event. */
function keyMakesClick(el: HTMLElement, key: string): boolean {
  if (el instanceof HTMLButtonElement) return true;
  if (el instanceof HTMLInputElement) return ['submit', 'button', 'reset', 'image'].includes(el.type);
  if (el instanceof HTMLAnchorElement) return key === 'Enter' && el.hasAttribute('href');
  return false;
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

let nextId = 0;
const idPrefix = Math.random().toString(36).slice(2, 8);

export class GroupGuard {
  private readonly host: GroupHost;
  private readonly sessions = new Map<Element, DialogSession>();
  private roots: (Document | ShadowRoot)[] = [];
  /** Set while we re-click the site's control on Continue: our own click passes. */
  private bypass = false;
  private win: Window | null = null;
  private swallowSpaceUp = false;
  private unlisten: (() => void) | null = null;
  private messagingFailed = false;
  private disposed = false;

  constructor(host: GroupHost) {
    this.host = host;
    // Listen from the start (document_start), ahead of the site's own capture listeners, so
    // Escape reaches the open checklist before the site's dialog closes itself on it.
    this.listen(typeof window === 'undefined' ? null : window);
  }

  /** Group dialogs currently found (for the health report). */
  get count(): number {
    return this.sessions.size;
  }

  /** Whether a checklist is open (a confirm is held). */
  get holding(): boolean {
    for (const s of this.sessions.values()) if (s.hold) return true;
    return false;
  }

  // ------------------------------------------------------------------ scanning

  /** Called after every batched DOM scan; empty roots when the guard or the group check is off. */
  scan(roots: (Document | ShadowRoot)[]): void {
    if (this.disposed) return;
    this.roots = roots;
    const found = new Map<Element, GroupDialog>();
    for (const root of roots) {
      try {
        for (const d of this.host.adapter.findGroupDialogs(root)) found.set(d.root, d);
      } catch (err) {
        this.host.onError('group-scan', err);
      }
    }
    for (const [el, dialog] of found) {
      let s = this.sessions.get(el);
      if (!s) {
        s = this.newSession(dialog);
        this.sessions.set(el, s);
        this.listen(el.ownerDocument.defaultView);
      }
      s.dialog = dialog;
      try {
        this.refresh(s);
      } catch (err) {
        this.host.onError('group-scan', err);
      }
    }
    for (const [el, s] of this.sessions) {
      if (!found.has(el) || !el.isConnected) {
        this.end(s);
        this.sessions.delete(el);
      }
    }
    this.syncMessaging();
  }

  private newSession(dialog: GroupDialog): DialogSession {
    return {
      id: `${idPrefix}-${++nextId}`,
      dialog,
      groupKey: dialog.groupKey,
      current: [],
      answers: new Map(),
      entries: [],
      status: new Map(),
      dialogLeft: new Map(),
      gone: new Map(),
      startedAt: Date.now(),
      recordedLeft: new Set(),
      reportedNoControl: false,
      hold: null,
      disposed: false,
    };
  }

  private group(s: DialogSession): GroupRef {
    return { site: this.host.adapter.site, groupKey: s.dialog.groupKey, groupName: s.dialog.groupName };
  }

  /** Re-read the dialog: selection, people it marks as left, ledger lookups, a changed selection while held. */
  private refresh(s: DialogSession): void {
    const d = s.dialog;
    if (d.groupKey !== s.groupKey) {
      // The same dialog element now shows another group (single-page navigation): start over.
      s.groupKey = d.groupKey;
      s.entries = [];
      s.status.clear();
      s.dialogLeft.clear();
      s.gone.clear();
      s.recordedLeft.clear();
    }
    const raw = d.selected();
    const selected = dedupe(raw);
    const marked = d.marked();
    s.current = selected;
    for (const c of [...marked, ...raw]) {
      if (c.state === 'left' && c.key && !s.dialogLeft.has(c.key)) s.dialogLeft.set(c.key, { key: c.key, name: c.name, at: Date.now() });
    }
    const unknown = [...new Set([...selected.map((p) => p.key), ...marked.map((c) => c.key)])].filter((k) => k && !s.status.has(k));
    if (unknown.length > 0) this.queryLedger(s, unknown);
    this.noticeGone(s);
    this.recordLeft(s);
    if (!s.reportedNoControl && d.confirmControl() === null) {
      s.reportedNoControl = true;
      this.host.onError('group', new Error(`${d.kind} dialog without a confirm control: not guarded`));
    }
    if (s.hold && !s.hold.done) {
      const alert = sameKeys(selected, s.hold.people) ? (s.hold.alert === 'changed' ? undefined : s.hold.alert) : 'changed';
      if (alert !== s.hold.alert) {
        s.hold.alert = alert;
        this.render(s);
      }
    }
  }

  // ------------------------------------------------------------------ ledger

  private queryLedger(s: DialogSession, keys: string[]): void {
    const site = this.host.adapter.site;
    const groupKey = s.groupKey;
    for (let i = 0; i < keys.length; i += LEDGER_BATCH) {
      const batch = keys.slice(i, i + LEDGER_BATCH);
      for (const k of batch) s.status.set(k, 'pending');
      let request: Promise<LedgerEntry[] | null>;
      try {
        request = this.host.backend.queryLedger({ site, groupKey, personKeys: batch });
      } catch (err) {
        request = Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      void withTimeout(request, LEDGER_TIMEOUT_MS, null).then((rows) => {
        if (s.disposed || s.groupKey !== groupKey) return;
        const wanted = new Set(batch);
        if (rows === null) {
          for (const k of batch) s.status.set(k, 'failed');
          this.host.onError('group-ledger', new Error('consent ledger unreachable'));
        } else {
          for (const k of batch) s.status.set(k, 'loaded');
          s.entries.push(...rows.filter((r) => wanted.has(r.personKey)));
          this.noticeGone(s);
          this.recordLeft(s);
        }
        this.onLedger(s);
      });
    }
  }

  private ledgerState(s: DialogSession, people: readonly Person[]): LedgerStatus {
    let state: LedgerStatus = 'loaded';
    for (const p of people) {
      const st = s.status.get(p.key) ?? 'pending';
      if (st === 'failed') return 'failed';
      if (st === 'pending') state = 'pending';
    }
    return state;
  }

  /** Selected people we added to this chat before, who are selectable again (see goneFromChat). */
  private noticeGone(s: DialogSession): void {
    const people = s.hold ? [...s.current, ...s.hold.people] : s.current;
    for (const p of people) {
      if (s.gone.has(p.key) || s.status.get(p.key) !== 'loaded') continue;
      if (goneFromChat(s.dialog.kind, s.entries, p.key, s.startedAt)) s.gone.set(p.key, { ...p, at: Date.now() });
    }
  }

  /** Record 'left' once for everyone the dialog marks as left or who is gone from the chat (once the ledger told us what it knows). */
  private recordLeft(s: DialogSession): void {
    const fresh: LedgerEntry[] = [];
    for (const [key, person] of [...s.dialogLeft, ...s.gone]) {
      if (s.recordedLeft.has(key) || s.status.get(key) !== 'loaded') continue;
      s.recordedLeft.add(key);
      const entry = leftEntry(this.group(s), person, s.entries, person.at);
      if (entry) fresh.push(entry);
    }
    if (fresh.length === 0) return;
    s.entries.push(...fresh);
    this.host.backend.recordLedger(fresh);
  }

  private leftAt(s: DialogSession, key: string): number | undefined {
    return leftAtFromLedger(s.entries, key) ?? s.dialogLeft.get(key)?.at ?? s.gone.get(key)?.at;
  }

  private people(s: DialogSession, list: readonly Person[]): ChecklistPerson[] {
    return list.map((p) => {
      const leftAt = this.leftAt(s, p.key);
      return { key: p.key, name: p.name, ...(leftAt !== undefined ? { leftAt } : {}), answers: ANSWERS.filter((a) => s.answers.get(p.key)?.has(a)) };
    });
  }

  /** The ledger answered while a checklist may be open. */
  private onLedger(s: DialogSession): void {
    const hold = s.hold;
    if (!hold || hold.done) return;
    if (this.ledgerState(s, hold.people) === 'failed' && !hold.people.some((p) => s.dialogLeft.has(p.key))) {
      // Fail open: without the ledger we cannot know more than the site does. Let the user's
      // confirm go through, as it would have without Taktvoll.
      this.closeHold(s);
      this.release(hold, 'ledger-failed');
      return;
    }
    this.render(s);
  }

  // ------------------------------------------------------------------ interception

  /** Called first in the guard's capture-phase click listener: true = the confirm is now held. */
  onClick(e: MouseEvent): boolean {
    if (this.bypass || !e.isTrusted || this.disposed) return false;
    try {
      let hit = this.hitSession(e);
      if (!hit && this.roots.length > 0) {
        // The dialog may have mounted after the last batched scan.
        this.scan(this.roots);
        hit = this.hitSession(e);
      }
      if (!hit) return false;
      if (hit.session.hold) return true; // one checklist per confirm attempt
      return this.tryHold(hit.session, hit.control);
    } catch (err) {
      this.host.onError('group-click', err);
      return false;
    }
  }

  private hitSession(e: Event): { session: DialogSession; control: HTMLElement } | null {
    for (const s of this.sessions.values()) {
      if (s.hold && pathHit(e, [s.hold.control])) return { session: s, control: s.hold.control };
      const control = s.dialog.confirmControl();
      if (control && pathHit(e, [control])) return { session: s, control };
    }
    return null;
  }

  private tryHold(s: DialogSession, control: HTMLElement): boolean {
    const d = s.dialog;
    // A disabled confirm does nothing on the site: nothing to hold, nothing to report.
    if ((control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true') return false;
    const people = dedupe(d.selected());
    if (people.length === 0) {
      this.host.onError('group', new Error(`${d.kind} confirm with nobody selected: not held`));
      return false;
    }
    for (const c of d.selected()) {
      if (c.state === 'left' && !s.dialogLeft.has(c.key)) s.dialogLeft.set(c.key, { key: c.key, name: c.name, at: Date.now() });
    }
    const unknown = people.map((p) => p.key).filter((k) => !s.status.has(k));
    if (unknown.length > 0) this.queryLedger(s, unknown);
    s.current = people;
    this.noticeGone(s);
    this.recordLeft(s);
    if (this.ledgerState(s, people) === 'failed' && !people.some((p) => s.dialogLeft.has(p.key))) {
      this.host.onError('group', new Error('consent ledger unreachable: not held'));
      return false;
    }
    const doc = control.ownerDocument;
    const mount = mountShadow(doc, 'group-checklist', groupCss);
    mount.setStyle({ inset: '0', width: '100vw', height: '100vh' });
    s.hold = { people, control, mount, done: false };
    try {
      this.render(s);
    } catch (err) {
      mount.remove();
      s.hold = null;
      throw err;
    }
    this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'shown', rules: [], kind: 'group' });
    return true;
  }

  private render(s: DialogSession): void {
    const hold = s.hold;
    if (!hold || hold.done) return;
    hold.mount.ensureAttached();
    hold.mount.render(
      h(GroupChecklist, {
        kind: s.dialog.kind,
        groupName: s.dialog.groupName,
        people: this.people(s, hold.people),
        formatDate,
        loading: this.ledgerState(s, hold.people) === 'pending',
        alert: hold.alert,
        onToggle: (key: string, answer: Answer, checked: boolean) => this.setAnswer(s, key, answer, checked),
        onCopy: (key: string, text: string) => this.copy(s, key, text),
        onContinue: () => this.continue(s),
        onCancel: () => this.cancel(s),
      }),
    );
  }

  private setAnswer(s: DialogSession, key: string, answer: Answer, checked: boolean): void {
    let set = s.answers.get(key);
    if (!set) {
      set = new Set();
      s.answers.set(key, set);
    }
    if (checked) set.add(answer);
    else set.delete(answer);
    this.render(s);
  }

  /** Copy the user's own invitation text on their click. Never sends anything. */
  private async copy(s: DialogSession, key: string, text: string): Promise<boolean> {
    try {
      const clipboard = s.hold?.control.ownerDocument.defaultView?.navigator.clipboard;
      if (!clipboard) return false;
      await clipboard.writeText(text);
      this.setAnswer(s, key, 'invite-message', true);
      return true;
    } catch {
      return false;
    }
  }

  /** "Continue": the site's own action, once, with the same people — or nothing. */
  private continue(s: DialogSession): void {
    const hold = s.hold;
    if (!hold || hold.done) return;
    const people = this.people(s, hold.people);
    if (this.ledgerState(s, hold.people) === 'pending' || missingAnswers(s.dialog.kind, people).length > 0) return;
    let now: Person[] = [];
    try {
      now = dedupe(s.dialog.selected());
    } catch (err) {
      this.host.onError('group-continue', err);
    }
    if (!sameKeys(now, hold.people)) {
      hold.alert = 'changed';
      this.render(s);
      return;
    }
    let control: HTMLElement | null = hold.control;
    if (!control.isConnected) {
      try {
        control = s.dialog.confirmControl();
      } catch {
        control = null;
      }
    }
    if (!control?.isConnected) {
      hold.alert = 'no-control';
      this.render(s);
      return;
    }
    hold.control = control;
    this.closeHold(s);
    this.release(hold, 'continued');
    const entries = confirmEntries(this.group(s), s.dialog.kind, people, Date.now());
    s.entries.push(...entries);
    this.host.backend.recordLedger(entries);
    this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'continued', rules: [], kind: 'group' });
    for (const p of hold.people) s.answers.delete(p.key);
  }

  /** Re-click the site's own control; our listener lets exactly this click through. */
  private release(hold: Hold, why: string): void {
    this.bypass = true;
    try {
      hold.control.click();
    } catch (err) {
      this.host.onError(`group-release:${why}`, err);
    } finally {
      this.bypass = false;
    }
  }

  private cancel(s: DialogSession): void {
    const hold = s.hold;
    if (!hold || hold.done) return;
    this.closeHold(s);
    this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'cancelled', rules: [], kind: 'group' });
    if (hold.control.isConnected) hold.control.focus({ preventScroll: true });
  }

  private closeHold(s: DialogSession): void {
    const hold = s.hold;
    if (!hold) return;
    hold.done = true;
    s.hold = null;
    hold.mount.remove();
  }

  /** The dialog went away (or the guard stopped): a checklist still open counts as cancelled. */
  private end(s: DialogSession): void {
    s.disposed = true;
    if (s.hold && !s.hold.done) {
      this.closeHold(s);
      this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'cancelled', rules: [], kind: 'group' });
    }
  }

  // ------------------------------------------------------------------ keyboard and focus

  private listen(win: Window | null): void {
    if (!win || this.win) return;
    this.win = win;
    win.addEventListener('keydown', this.onKeyDown, true);
    win.addEventListener('keyup', this.onKeyUp, true);
    win.addEventListener('focusin', this.onFocusIn, true);
  }

  private block(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!e.isTrusted || this.disposed) return;
    try {
      for (const s of this.sessions.values()) {
        const hold = s.hold;
        if (!hold) continue;
        // The checklist is modal: Escape cancels it before the site's dialog sees the key.
        if (e.key === 'Escape') {
          this.block(e);
          this.cancel(s);
          return;
        }
        if ((e.key === 'Enter' || e.key === ' ') && pathHit(e, [hold.control])) this.block(e);
        return;
      }
      if ((e.key !== 'Enter' && e.key !== ' ') || e.isComposing || e.keyCode === 229 || !this.host.active) return;
      const hit = this.hitSession(e);
      if (!hit || keyMakesClick(hit.control, e.key)) return;
      if (this.tryHold(hit.session, hit.control)) {
        this.block(e);
        this.swallowSpaceUp = e.key === ' ';
      }
    } catch (err) {
      this.host.onError('group-key', err);
    }
  };

  /** Sites activate div[role=button] on Space's keyup: swallow the one that belongs to a held keydown. */
  private readonly onKeyUp = (e: KeyboardEvent): void => {
    if (e.key === ' ' && this.swallowSpaceUp) {
      this.swallowSpaceUp = false;
      this.block(e);
    }
  };

  /** Keep the site's focus trap from pulling focus out of the open checklist. */
  private readonly onFocusIn = (e: FocusEvent): void => {
    for (const s of this.sessions.values()) {
      if (s.hold && e.target === s.hold.mount.host) {
        e.stopImmediatePropagation();
        return;
      }
    }
  };

  // ------------------------------------------------------------------ popup

  /** The dialogs on this page, as the popup shows them. */
  states(): GroupDialogState[] {
    const out: GroupDialogState[] = [];
    for (const s of this.sessions.values()) {
      out.push({
        id: s.id,
        site: this.host.adapter.site,
        groupName: s.dialog.groupName,
        people: this.people(s, s.hold ? s.hold.people : s.current),
        held: s.hold !== null,
      });
    }
    return out;
  }

  /** A tick from the popup: the same state as the in-page checklist. */
  answer(data: unknown): GroupDialogState[] {
    const a = parseAnswerGroupItem(data);
    for (const s of this.sessions.values()) {
      if (s.id === a.dialogId) this.setAnswer(s, a.personKey, a.item, a.checked);
    }
    return this.states();
  }

  /** Answer the popup only from a frame that has a dialog (so other frames stay silent). */
  private syncMessaging(): void {
    const want = this.sessions.size > 0 && !this.disposed;
    if (want && !this.unlisten && !this.messagingFailed) {
      const offs: (() => void)[] = [];
      try {
        offs.push(onMessage('getGroupDialogs', () => this.states()));
        offs.push(onMessage('answerGroupItem', ({ data }) => this.answer(data)));
        this.unlisten = () => offs.forEach((off) => off());
      } catch (err) {
        offs.forEach((off) => off());
        this.messagingFailed = true;
        this.host.onError('group-messaging', err);
      }
    } else if (!want && this.unlisten) {
      this.unlisten();
      this.unlisten = null;
    }
  }

  dispose(): void {
    if (this.disposed) return;
    for (const s of this.sessions.values()) this.end(s);
    this.sessions.clear();
    this.disposed = true;
    this.syncMessaging();
    if (this.win) {
      this.win.removeEventListener('keydown', this.onKeyDown, true);
      this.win.removeEventListener('keyup', this.onKeyUp, true);
      this.win.removeEventListener('focusin', this.onFocusIn, true);
      this.win = null;
    }
  }
}
