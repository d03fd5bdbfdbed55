/**
 * A held confirm: the group checklist, a modal <dialog> in the top layer over the site's dialog
 * (./layer.ts), which is inert while it asks. "Continue" re-clicks the site's own control exactly
 * once, only if the selection is still the same people; "Cancel" sends nothing and leaves the
 * selection alone. It has a lifetime of its own, so a checklist
 * open when the extension is updated keeps working (Continue still performs the site's action).
 */
import { h } from 'preact';
import { GroupChecklist } from '../../../components/GroupChecklist';
import { confirmEntries, missingAnswers, type Answer } from '../../consent';
import { t } from '../../i18n';
import { formatDate } from '../../pages/format';
import type { Theme } from '../../../components/types';
import type { GuardBackend } from '../backend';
import { createLifetime, type Lifetime } from '../lifetime';
import { pageTheme } from '../theme';
import { ChecklistLayer } from './layer';
import { dedupe, sameKeys, type DialogSession, type Person } from './session';

/** How long a removal may take to show in the site's selection: 10 × 100 ms. */
const REMOVE_TRIES = 10;
const REMOVE_POLL_MS = 100;

export interface HoldEvents {
  /** Let exactly this click of ours through the interceptor. */
  pass(run: () => void): void;
  /** The page kept removing the checklist: it is gone, and the next confirm goes through. */
  lost(): void;
  onError(where: string, err: unknown): void;
}

export class ChecklistHold {
  readonly life: Lifetime = createLifetime();
  /** The people selected when the user confirmed (minus those taken out here): Continue sends only if they still are. */
  people: Person[];
  control: HTMLElement;
  alert: 'changed' | 'no-control' | undefined;
  /** What the last "take out of the selection" did, for the live region. */
  notice: { kind: 'removed' | 'remove-failed'; name: string } | undefined;
  /** A removal on its way: the selection it should lead to. */
  private removing: Person[] | null = null;
  private readonly layer: ChecklistLayer;
  private readonly s: DialogSession<ChecklistHold>;
  private readonly backend: GuardBackend;
  private readonly events: HoldEvents;
  private readonly theme: Theme;

  constructor(s: DialogSession<ChecklistHold>, people: Person[], control: HTMLElement, backend: GuardBackend, events: HoldEvents) {
    this.s = s;
    this.people = people;
    this.control = control;
    this.backend = backend;
    this.events = events;
    // Strings the checklist may need later, while the extension may already be gone.
    t('group_changed');
    t('group_no_control');
    t('group_ready');
    this.theme = pageTheme(s.dialog.root instanceof HTMLElement ? s.dialog.root : control);
    this.layer = new ChecklistLayer(
      this.life,
      control.ownerDocument,
      () => {
        const root = this.s.dialog.root;
        return root instanceof HTMLElement && root.isConnected ? root : this.control;
      },
      () => {
        this.close();
        this.events.lost();
      },
    );
  }

  get host(): HTMLElement {
    return this.layer.host;
  }

  get open(): boolean {
    return !this.life.aborted;
  }

  /** Put the checklist back if the page removed it (bounded); false once we gave up. */
  ensureAttached(): boolean {
    return this.layer.ensureAttached();
  }

  render(): void {
    if (this.life.aborted) return;
    const s = this.s;
    this.layer.render(
      h(GroupChecklist, {
        kind: s.dialog.kind,
        groupName: s.dialog.groupName,
        site: s.group().site,
        people: s.people(this.people),
        formatDate,
        loading: s.ledgerState(this.people) === 'pending',
        alert: this.alert,
        onToggle: (key: string, answer: Answer, checked: boolean) => {
          s.setAnswer(key, answer, checked);
          this.render();
        },
        onCopy: (key: string, text: string) => this.copy(key, text),
        onRemove: s.dialog.deselect && this.people.length > 1 && !this.removing ? (key: string) => this.remove(key) : undefined,
        notice: this.notice,
        theme: this.theme,
        onOpen: (dialog: HTMLDialogElement) => this.layer.opened(dialog),
        onContinue: () => this.continue(),
        onCancel: () => this.cancel(),
      }),
    );
  }

  /** Copy the user's own invitation text on their click. Never sends anything. */
  private async copy(key: string, text: string): Promise<boolean> {
    try {
      const clipboard = this.control.ownerDocument.defaultView?.navigator.clipboard;
      if (!clipboard) return false;
      await clipboard.writeText(text);
      this.s.setAnswer(key, 'invite-message', true);
      this.render();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * "Take Anna out of the selection": on the page, the way the user would, then verified — the
   * site's selection must read exactly everyone else before the checklist goes on without her.
   */
  private remove(key: string): void {
    const person = this.people.find((p) => p.key === key);
    const deselect = this.s.dialog.deselect;
    if (!this.open || this.removing || !person || !deselect || this.people.length < 2) return;
    const expected = this.people.filter((p) => p.key !== key);
    this.removing = expected;
    this.notice = undefined;
    let asked = false;
    try {
      asked = deselect(key);
    } catch (err) {
      this.events.onError('group-remove', err);
    }
    const verify = (triesLeft: number): void => {
      let now: Person[] = [];
      try {
        now = dedupe(this.s.dialog.selected());
      } catch (err) {
        this.events.onError('group-remove', err);
      }
      if (sameKeys(now, expected)) {
        this.people = expected;
        this.s.answers.delete(key);
        this.alert = undefined;
        this.notice = { kind: 'removed', name: person.name };
      } else if (asked && triesLeft > 0) {
        this.life.timeout(() => verify(triesLeft - 1), REMOVE_POLL_MS);
        return;
      } else {
        this.notice = { kind: 'remove-failed', name: person.name };
      }
      this.removing = null;
      this.render();
    };
    this.render();
    verify(REMOVE_TRIES);
  }

  /** The selection changed while the checklist is open (a scan saw it). */
  selectionChanged(now: Person[]): void {
    // Our own removal on its way: its verification decides.
    if (this.removing && sameKeys(now, this.removing)) return;
    const alert = sameKeys(now, this.people) ? (this.alert === 'changed' ? undefined : this.alert) : 'changed';
    if (alert === this.alert) return;
    this.alert = alert;
    this.render();
  }

  /** "Continue": the site's own action, once, with the same people — or nothing. */
  continue(): void {
    if (!this.open) return;
    const s = this.s;
    const people = s.people(this.people);
    if (s.ledgerState(this.people) === 'pending' || missingAnswers(s.dialog.kind, people).length > 0) return;
    let now: Person[] = [];
    try {
      now = dedupe(s.dialog.selected());
    } catch (err) {
      this.events.onError('group-continue', err);
    }
    if (!sameKeys(now, this.people)) {
      this.alert = 'changed';
      return this.render();
    }
    let control: HTMLElement | null = this.control;
    if (!control.isConnected) {
      try {
        control = s.dialog.confirmControl();
      } catch {
        control = null;
      }
    }
    if (!control?.isConnected) {
      this.alert = 'no-control';
      return this.render();
    }
    this.control = control;
    this.close();
    this.release('continued');
    const entries = confirmEntries(s.group(), s.dialog.kind, people, Date.now());
    s.entries.push(...entries);
    this.backend.recordLedger(entries);
    this.backend.recordPrompt({ site: s.group().site, outcome: 'continued', rules: [], kind: 'group' });
    for (const p of this.people) s.answers.delete(p.key);
  }

  /** Re-click the site's own control; the interceptor lets exactly this click through. */
  release(why: string): void {
    this.events.pass(() => {
      try {
        this.control.click();
      } catch (err) {
        this.events.onError(`group-release:${why}`, err);
      }
    });
  }

  cancel(): void {
    if (!this.open) return;
    this.close();
    this.backend.recordPrompt({ site: this.s.group().site, outcome: 'cancelled', rules: [], kind: 'group' });
    if (this.control.isConnected) this.control.focus({ preventScroll: true });
  }

  close(): void {
    if (this.s.hold === this) this.s.hold = null;
    this.life.abort('closed');
  }
}
