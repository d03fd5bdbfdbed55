/**
 * The group consent guard. For every add/invite dialog the adapter finds it keeps a session; when
 * the user confirms (a trusted click, or Enter/Space on a non-button control) the confirm is held
 * and the checklist opens (./hold.ts). The popup reads and ticks the same state through the
 * background (./popup.ts). Fail open: a dialog we cannot read (no confirm control, nobody selected, an exception, the
 * ledger unreachable) is not held; the site works as without Taktvoll and the health report says
 * why. The one exception is a person the dialog itself marks as having left: that hard stop needs
 * no ledger.
 */
import type { GroupDialog } from '../../sites/types';
import { keyMakesClick, pathHit } from '../dom';
import type { Feature, FeatureDefinition, RuntimeHost } from '../features';
import type { Lifetime } from '../lifetime';
import { ChecklistHold } from './hold';
import { listenForPopup } from './popup';
import { DialogSession, dedupe } from './session';
type Session = DialogSession<ChecklistHold>;

export class GroupGuard implements Feature {
  readonly id = 'group-guard';
  private readonly sessions = new Map<Element, Session>();
  private roots: (Document | ShadowRoot)[] = [];
  /** Set while we re-click the site's control on Continue: our own click passes. */
  private bypass = false;
  private swallowSpaceUp = false;
  private unlisten: (() => void) | null = null;
  private readonly host: RuntimeHost;
  private readonly life: Lifetime;

  constructor(host: RuntimeHost, life: Lifetime) {
    this.host = host;
    this.life = life;
    life.onAbort(() => {
      // The runtime ends (an update): an open checklist stays and keeps working on its own.
      this.sessions.clear();
      this.unlisten?.();
      this.unlisten = null;
    });
  }

  count(): number {
    return this.sessions.size;
  }

  watchesAttributes(): boolean {
    return this.sessions.size > 0;
  }

  /** Whether a checklist is open (a confirm is held). */
  get holding(): boolean {
    for (const s of this.sessions.values()) if (s.hold) return true;
    return false;
  }

  scan(roots: (Document | ShadowRoot)[]): void {
    this.roots = roots;
    const found = new Map<Element, GroupDialog>();
    for (const root of roots) {
      for (const d of this.host.adapter.findGroupDialogs(root)) found.set(d.root, d);
    }
    for (const [el, dialog] of found) {
      let s = this.sessions.get(el);
      if (!s) {
        s = new DialogSession<ChecklistHold>(dialog, this.host, this.life.child());
        const session = s;
        s.onLedger = () => this.onLedger(session);
        this.sessions.set(el, s);
      }
      s.dialog = dialog;
      try {
        this.refresh(s);
      } catch (err) {
        this.host.onError('group-scan', err);
      }
    }
    for (const [el, s] of this.sessions) {
      if (found.has(el) && el.isConnected) continue;
      // The dialog went away: a checklist still open counts as cancelled.
      s.hold?.cancel();
      s.life.abort('dialog gone');
      this.sessions.delete(el);
    }
    this.syncMessaging();
  }

  dataChanged(): void {
    for (const s of this.sessions.values()) {
      s.forget();
      this.refresh(s);
    }
  }

  private refresh(s: Session): void {
    s.refresh();
    if (!s.reportedNoControl && s.dialog.confirmControl() === null) {
      s.reportedNoControl = true;
      this.host.onError('group', new Error(`${s.dialog.kind} dialog without a confirm control: not guarded`));
    }
    s.hold?.selectionChanged(s.current);
  }

  /** The ledger answered while a checklist may be open. */
  private onLedger(s: Session): void {
    const hold = s.hold;
    if (!hold) return;
    if (s.ledgerState(hold.people) === 'failed' && !hold.people.some((p) => s.dialogLeft.has(p.key))) {
      // Fail open: without the ledger we cannot know more than the site does. Let the user's
      // confirm go through, as it would have without Taktvoll.
      hold.close();
      hold.release('ledger-failed');
      return;
    }
    hold.render();
  }

  private hitSession(e: Event): { session: Session; control: HTMLElement } | null {
    for (const s of this.sessions.values()) {
      if (s.hold && pathHit(e, [s.hold.control])) return { session: s, control: s.hold.control };
      const control = s.dialog.confirmControl();
      if (control && pathHit(e, [control])) return { session: s, control };
    }
    return null;
  }

  /** An open checklist still on screen: put back if the page removed it, dropped if it cannot be. */
  private holdShowing(s: Session): boolean {
    if (!s.hold) return false;
    if (s.hold.ensureAttached()) return true;
    s.hold.close();
    this.lose(s);
    return false;
  }

  private lose(s: Session): void {
    this.host.onError('group', new Error('the page removed the checklist: the confirm goes through'));
    s.lost = true;
  }

  private tryHold(s: Session, control: HTMLElement): boolean {
    const d = s.dialog;
    // A disabled confirm does nothing on the site: nothing to hold, nothing to report.
    if ((control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true') return false;
    const selected = d.selected();
    const people = dedupe(selected);
    if (people.length === 0) {
      this.host.onError('group', new Error(`${d.kind} confirm with nobody selected: not held`));
      return false;
    }
    s.noteLeft(selected);
    s.lookUp(people.map((p) => p.key));
    s.current = people;
    s.noticeGone();
    s.recordLeft();
    if (s.ledgerState(people) === 'failed' && !people.some((p) => s.dialogLeft.has(p.key))) {
      this.host.onError('group', new Error('consent ledger unreachable: not held'));
      return false;
    }
    const hold = new ChecklistHold(s, people, control, this.host.backend, {
      pass: (run) => {
        this.bypass = true;
        try {
          run();
        } finally {
          this.bypass = false;
        }
      },
      lost: () => this.lose(s),
      onError: (where, err) => this.host.onError(where, err),
    });
    s.hold = hold;
    try {
      hold.render();
    } catch (err) {
      hold.close();
      throw err;
    }
    this.host.backend.recordPrompt({ site: this.host.adapter.site, outcome: 'shown', rules: [], kind: 'group' });
    return true;
  }

  readonly intercept = {
    click: (e: MouseEvent): boolean => {
      if (this.bypass) return false;
      let hit = this.hitSession(e);
      if (!hit && this.roots.length > 0) {
        // The dialog may have mounted after the last batched scan.
        this.scan(this.roots);
        hit = this.hitSession(e);
      }
      if (!hit) return false;
      if (this.holdShowing(hit.session)) return true; // one checklist per confirm attempt
      if (!this.host.active() || !this.host.settings().groupGuard) return false;
      if (hit.session.lost) {
        hit.session.lost = false;
        return false;
      }
      return this.tryHold(hit.session, hit.control);
    },
    keydown: (e: KeyboardEvent): boolean => {
      for (const s of this.sessions.values()) {
        const hold = s.hold;
        if (!hold) continue;
        // The checklist is modal: Escape cancels it before the site's dialog sees the key.
        if (e.key === 'Escape') {
          hold.cancel();
          return true;
        }
        return (e.key === 'Enter' || e.key === ' ') && pathHit(e, [hold.control]) !== null;
      }
      if ((e.key !== 'Enter' && e.key !== ' ') || !this.host.active() || !this.host.settings().groupGuard) return false;
      const hit = this.hitSession(e);
      if (!hit || keyMakesClick(hit.control, e.key)) return false;
      if (hit.session.lost) {
        hit.session.lost = false;
        return false;
      }
      if (!this.tryHold(hit.session, hit.control)) return false;
      this.swallowSpaceUp = e.key === ' ';
      return true;
    },
    /** Sites activate div[role=button] on Space's keyup: swallow the one that belongs to a held keydown. */
    keyup: (e: KeyboardEvent): boolean => {
      if (e.key !== ' ' || !this.swallowSpaceUp) return false;
      this.swallowSpaceUp = false;
      return true;
    },
    /** Keep the site's focus trap from pulling focus out of the open checklist. */
    focusin: (e: FocusEvent): boolean => {
      for (const s of this.sessions.values()) if (s.hold && e.target === s.hold.host) return true;
      return false;
    },
  };

  /** Answer the popup (through the background) only from a frame that has a dialog. */
  private syncMessaging(): void {
    const want = this.sessions.size > 0 && !this.life.aborted;
    if (want && !this.unlisten) this.unlisten = listenForPopup(() => this.host.adapter.site, () => this.sessions.values());
    else if (!want && this.unlisten) {
      this.unlisten();
      this.unlisten = null;
    }
  }
}

export const groupGuard: FeatureDefinition = {
  id: 'group-guard',
  enabled: (settings) => settings.groupGuard,
  create: (host, life) => new GroupGuard(host, life),
};
