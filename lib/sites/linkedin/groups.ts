/**
 * LinkedIn's "Invite connections" picker (groups; the same component invites to follow pages and
 * to events). dom.md §1.6: the whole picker is [S] and the groups modal id is unknown, so it is
 * found by structure (a dialog holding the invitee search or results), rows by role, and labels
 * ("Invite N", "Member") are only used to tell apart what structure cannot.
 *
 * The picker keeps people selected in earlier searches in a pane of its own
 * (research/dom-2026.md §1 PARTLY): after a second search their rows are gone from the results,
 * so selected() is the union of the checked rows and the pane.
 */
import { nameKey, queryChain, queryChainAll, textOf, type Recorder } from '../kit/chain';
import { isChecked, isDisabled } from '../kit/dom';
import { uniquePeople } from '../kit/groups';
import type { GroupCandidate, GroupDialog } from '../types';
import { groupId, isCompanyPage, profileSlug } from './pages';
import * as S from './selectors';
import { firstLine, INVITE_LABEL, INVITED_LABEL, MEMBER_LABEL } from './text';

function checkboxOf(row: Element, rec: Recorder): Element | null {
  return queryChain(row, S.rowCheckbox, rec);
}

function candidate(row: Element, state?: GroupCandidate['state']): GroupCandidate {
  const name = firstLine(row);
  const link = row.querySelector('a[href*="/in/"]');
  const slug = link ? profileSlug(link.getAttribute('href') ?? '') : undefined;
  return { key: slug ? `in:${slug}` : nameKey(name), name, row, ...(state ? { state } : {}) };
}

/** People in the selected-members pane: the first line of each item is the name (srcs 41893219354, 41705690743). */
function paneSelected(dialog: Element, rec: Recorder): GroupCandidate[] {
  return queryChainAll(dialog, S.selectedPane, rec)
    .map((item) => candidate(item))
    .filter((p) => p.name !== '');
}

/** What a row without a usable checkbox says about the person ("Member", dom.md §1.6 [S]). */
function markOf(row: Element): GroupCandidate['state'] {
  const walker = row.ownerDocument.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (INVITED_LABEL.test(t)) return 'invited';
    if (MEMBER_LABEL.test(t)) return 'member';
  }
  return 'member';
}

function nameOfGroup(dialog: Element, rec: Recorder): string {
  const doc = dialog.ownerDocument;
  const heading = textOf(queryChain(doc, S.groupName, rec));
  if (heading) return heading;
  // "Mindful Networking DACH | Groups | LinkedIn"
  const title = (doc.title ?? '').split('|')[0]?.trim();
  return title || textOf(dialog.querySelector('h2'));
}

function confirmOf(dialog: Element, rec: Recorder): HTMLElement | null {
  // First pass: a button of the chain whose label says "Invite" (EN [S]) / "einladen" (DE [U]).
  for (const [i, selector] of S.pickerConfirm.selectors.entries()) {
    let buttons: HTMLElement[] = [];
    try {
      buttons = Array.from(dialog.querySelectorAll<HTMLElement>(selector));
    } catch {
      continue;
    }
    const hit = buttons.find((b) => INVITE_LABEL.test(`${textOf(b)} ${b.getAttribute('aria-label') ?? ''}`));
    if (hit) {
      rec.record(S.pickerConfirm, i);
      return hit;
    }
  }
  // Any language: the modal's (last) primary button is its confirm action (artdeco convention) [U].
  const primaries = queryChainAll(dialog, { ...S.pickerConfirm, selectors: S.pickerConfirm.selectors.slice(0, 1) }, rec);
  return primaries.at(-1) ?? null;
}

export function findGroupDialogs(root: Document | ShadowRoot, rec: Recorder): GroupDialog[] {
  return queryChainAll(root, S.invitePicker, rec).map((dialog): GroupDialog => {
    const url = dialog.ownerDocument.URL;
    const id = groupId(url);
    const name = nameOfGroup(dialog, rec);
    const kind = !id && (isCompanyPage(url) || dialog.matches('[data-test-modal-id="invite-to-follow-picker"]')) ? 'page-invite' : 'group-invite';
    const rows = (): Element[] => queryChainAll(dialog, S.pickerRows, rec);
    return {
      root: dialog,
      kind,
      groupKey: id ?? name,
      groupName: name,
      selected: () =>
        uniquePeople([
          ...rows()
            .filter((row) => {
              const box = checkboxOf(row, rec);
              return box ? isChecked(box) : row.getAttribute('aria-selected') === 'true';
            })
            .map((row) => candidate(row)),
          ...paneSelected(dialog, rec),
        ]),
      marked: () =>
        rows()
          .filter((row) => {
            const box = checkboxOf(row, rec);
            return !box || isDisabled(box);
          })
          .map((row) => candidate(row, markOf(row))),
      confirmControl: () => confirmOf(dialog, rec),
      // As the user would: untick the person's row; selected in an earlier search (no row shown),
      // the remove button of their item in the selected-members pane [U].
      deselect: (key) => {
        const box = rows()
          .filter((r) => candidate(r).key === key)
          .map((r) => checkboxOf(r, rec))
          .find((b) => b !== null && isChecked(b));
        const remove = box ? null : queryChainAll(dialog, S.selectedPane, rec).find((item) => candidate(item).key === key)?.querySelector('button');
        const target = box ?? remove ?? null;
        if (!(target instanceof HTMLElement)) return false;
        target.click();
        return true;
      },
    };
  });
}
