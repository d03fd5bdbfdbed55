/**
 * Facebook's group "Invite friends" dialog [C EN/FR: SoCloseSociety/FacebookInviteFriendToGroup
 * main.py, 2026] and the Messenger "Add people" dialog of group chats [U: no source].
 *
 * A dialog of checkbox rows is taken for one of them only when it says so — its label, its
 * heading or its confirm control — or when the user clicked an "Invite" / "Add people" control
 * just before it opened. research/dom-2026.md §2 (risk 5) found that any checkbox dialog on a
 * group page (and any dialog with a search field in a thread) was held as an invite; a dialog
 * that says nothing of the kind is now left alone, and the health check counts it.
 */
import { labelIndex, nameKey, queryChain, queryChainAll, textOf, type LabelChain, type Recorder } from '../kit/chain';
import { rootDocument, urlOf } from '../kit/dom';
import { checkboxDialog, confirmControl, rowOfBox, rowTexts } from '../kit/groups';
import type { GroupCandidate, GroupDialog } from '../types';
import { groupIdFromUrl, profileKeyFromHref, threadFromUrl } from './pages';
import * as S from './selectors';
import { STATE_INVITED, STATE_LEFT, STATE_MEMBER } from './text';

const BOXES = '[role="checkbox"], input[type="checkbox"]';
/** How long a click on "Invite" / "Add people" vouches for the dialog that opens after it. */
const CLICK_VOUCHES_MS = 30_000;

const lastClick: { invite: number; add: number } = { invite: 0, add: 0 };
/** Checkbox dialogs already counted as "not an invite" (once each). */
const ignored = new WeakSet<Element>();

/** A trusted click: remember "Invite" and "Add people" controls (by their label, any of the chains' languages). */
export function noteGroupClick(target: Element, rec: Recorder): void {
  const control = target.closest('[role="button"], [role="menuitem"], button, a');
  if (!control) return;
  if (labelIndex(control, S.inviteClick, rec) >= 0) lastClick.invite = Date.now();
  else if (labelIndex(control, S.addClick, rec) >= 0) lastClick.add = Date.now();
}

/** For tests: forget remembered clicks. */
export function forgetGroupClicks(): void {
  lastClick.invite = 0;
  lastClick.add = 0;
}

/** The dialog's own label: aria-label, else its first heading. */
function dialogLabel(dialog: Element): string {
  return (dialog.getAttribute('aria-label') ?? '').trim() || textOf(dialog.querySelector('h1, h2, h3, [role="heading"]'));
}

/** Whether the dialog says what it is: by its label or heading, or by its confirm control. */
function says(dialog: Element, label: LabelChain, confirm: LabelChain, rec: Recorder): boolean {
  const own = dialogLabel(dialog);
  const i = own ? label.labels.findIndex((re) => re.test(own)) : -1;
  if (i >= 0) {
    rec.record(label, i);
    return true;
  }
  const controls = Array.from(dialog.querySelectorAll('[role="button"], button'));
  return controls.some((c) => labelIndex(c, confirm, rec) >= 0);
}

function candidate(row: Element, box: Element | null): GroupCandidate | null {
  const texts = rowTexts(row).filter((t) => !STATE_INVITED.test(t) && !STATE_MEMBER.test(t) && !STATE_LEFT.test(t));
  const label = box?.getAttribute('aria-label')?.trim();
  const name = (label && !/^(select|auswählen)/i.test(label) ? label : texts[0]) ?? '';
  if (!name) return null;
  const href = row.querySelector('a[href]')?.getAttribute('href');
  return { key: (href && profileKeyFromHref(href)) || nameKey(name), name, row };
}

function stateOf(row: Element, kind: GroupDialog['kind']): GroupCandidate['state'] {
  const texts = rowTexts(row);
  if (texts.some((t) => STATE_LEFT.test(t))) return 'left';
  if (texts.some((t) => STATE_INVITED.test(t))) return 'invited';
  if (texts.some((t) => STATE_MEMBER.test(t))) return 'member';
  // A friend row without a checkbox is already invited (group) [C] / already in the chat [U].
  return kind === 'group-invite' ? 'invited' : 'member';
}

function makeDialog(root: Element, kind: GroupDialog['kind'], groupKey: string, groupName: string, confirm: LabelChain, rec: Recorder): GroupDialog {
  return checkboxDialog({
    root,
    kind,
    groupKey,
    groupName,
    boxes: () => queryChainAll(root, S.checkbox, rec),
    rowOf: (box) => rowOfBox(box, root, BOXES),
    candidate,
    stateOf: (row) => stateOf(row, kind),
    confirm: () => confirmControl(root, confirm, S.CANCEL, rec, S.confirmStructure),
  });
}

export function findGroupDialogs(root: Document | ShadowRoot, rec: Recorder): GroupDialog[] {
  const url = urlOf(root);
  if (!url) return [];
  const doc = rootDocument(root);
  const groupId = groupIdFromUrl(url);
  const thread = threadFromUrl(url);
  const now = Date.now();
  const out: GroupDialog[] = [];
  for (const dialog of Array.from(root.querySelectorAll('[role="dialog"]'))) {
    if (queryChainAll(dialog, S.checkbox, rec).length === 0) continue; // chat tabs, post composers…
    if (groupId !== null || says(dialog, S.inviteLabel, S.inviteConfirm, rec)) {
      const invite = says(dialog, S.inviteLabel, S.inviteConfirm, rec) || (groupId !== null && now - lastClick.invite < CLICK_VOUCHES_MS);
      if (invite) {
        const name = textOf(queryChain(doc, S.groupName, rec)) || groupId || 'group';
        out.push(makeDialog(dialog, 'group-invite', groupId ? `facebook:group:${groupId}` : nameKey(name), name, S.inviteConfirm, rec));
        continue;
      }
    }
    if (thread && (says(dialog, S.addLabel, S.addConfirm, rec) || now - lastClick.add < CLICK_VOUCHES_MS)) {
      const main = queryChain(doc, S.threadMain, rec);
      const name = textOf(main ? queryChain(main, S.headerName, rec) : null) || thread.id;
      out.push(makeDialog(dialog, 'chat-add', `facebook:thread:${thread.id}`, name, S.addConfirm, rec));
      continue;
    }
    // A dialog of checkboxes that says nothing about inviting or adding: not ours to hold.
    if (!ignored.has(dialog)) {
      ignored.add(dialog);
      rec.fail('facebook.groupDialog', 'checkbox-dialog-not-an-invite');
    }
  }
  return out;
}
