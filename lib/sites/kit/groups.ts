/**
 * Add/invite dialogs built from checkbox rows, as Facebook, XING (and LinkedIn's picker) render
 * them: helpers for rows, their texts, the people they name and the dialog's confirm action.
 * Site adapters pass what only they know (which elements are checkboxes, how a row names a
 * person, which labels confirm); the shape of the GroupDialog is written once here.
 */
import { labelIndex, labelOf, textOf, type LabelChain, type Recorder } from './chain';
import { CONTROL, isChecked } from './dom';
import type { GroupCandidate, GroupDialog } from '../types';

/** The row of a checkbox: the largest ancestor inside the dialog that holds only this one checkbox. */
export function rowOfBox(box: Element, dialog: Element, boxSelector: string): Element {
  let row = box;
  for (let up = box.parentElement; up && up !== dialog; up = up.parentElement) {
    let boxes = 0;
    try {
      boxes = up.querySelectorAll(boxSelector).length;
    } catch {
      break;
    }
    if (boxes !== 1) break;
    row = up;
  }
  return row;
}

/** The texts a row shows: its leaf `span[dir=auto]` (Facebook) or leaf spans/labels/paragraphs, else its whole text. */
export function rowTexts(row: Element): string[] {
  const dirAuto = Array.from(row.querySelectorAll('span[dir="auto"]')).map((s) => textOf(s)).filter(Boolean);
  if (dirAuto.length > 0) return dirAuto;
  const leaves = Array.from(row.querySelectorAll('span, label, p, strong, div'))
    .filter((e) => e.children.length === 0)
    .map((e) => textOf(e))
    .filter(Boolean);
  return leaves.length > 0 ? leaves : [textOf(row)].filter(Boolean);
}

/**
 * The dialog's confirm action ("Send invitations", "Add", "Invite 2"): a control whose label
 * confirms it, the last one first; else by structure the dialog's last control that is not
 * Cancel/Close (close buttons sit in the header, actions at the end).
 */
export function confirmControl(root: Element, confirm: LabelChain, cancel: RegExp, rec?: Recorder, structure?: { name: string }): HTMLElement | null {
  const controls = Array.from(root.querySelectorAll<HTMLElement>(CONTROL));
  for (const c of [...controls].reverse()) {
    if (labelIndex(c, confirm, rec) >= 0) return c;
  }
  const rest = controls.filter((b) => !cancel.test(labelOf(b)) && b.getAttribute('type') !== 'search');
  const last = rest.at(-1) ?? null;
  if (last && structure) rec?.record(structure, 0);
  return last;
}

export interface CheckboxDialogParts {
  root: Element;
  kind: GroupDialog['kind'];
  groupKey: string;
  groupName: string;
  /** The dialog's checkboxes (native or role=checkbox). */
  boxes(): Element[];
  /** The row a checkbox belongs to. */
  rowOf(box: Element): Element;
  /** The person a row names (its checkbox when it has one), or null. */
  candidate(row: Element, box: Element | null): GroupCandidate | null;
  /** What a row without a checkbox says about its person. */
  stateOf(row: Element): GroupCandidate['state'];
  confirm(): HTMLElement | null;
  /** People selected elsewhere in the dialog (LinkedIn's selected-members pane). */
  alsoSelected?(): GroupCandidate[];
}

/** Union people by key, then by name: the same person may appear as a row and as a pill. */
export function uniquePeople(people: readonly GroupCandidate[]): GroupCandidate[] {
  const keys = new Set<string>();
  const names = new Set<string>();
  const out: GroupCandidate[] = [];
  for (const p of people) {
    const name = p.name.toLowerCase();
    if (keys.has(p.key) || names.has(name)) continue;
    keys.add(p.key);
    names.add(name);
    out.push(p);
  }
  return out;
}

/** A GroupDialog over checkbox rows: selected = checked rows (plus what the dialog lists elsewhere), marked = rows without a checkbox. */
export function checkboxDialog(parts: CheckboxDialogParts): GroupDialog {
  return {
    root: parts.root,
    kind: parts.kind,
    groupKey: parts.groupKey,
    groupName: parts.groupName,
    selected() {
      const rows = parts
        .boxes()
        .filter(isChecked)
        .map((box) => parts.candidate(parts.rowOf(box), box))
        .filter((p): p is GroupCandidate => p !== null);
      return uniquePeople([...rows, ...(parts.alsoSelected?.() ?? [])]);
    },
    marked() {
      const boxes = parts.boxes();
      const first = boxes[0];
      const list = first ? parts.rowOf(first).parentElement : null;
      if (!list) return [];
      const out: GroupCandidate[] = [];
      for (const row of Array.from(list.children)) {
        if (boxes.some((b) => row.contains(b))) continue;
        const p = parts.candidate(row, null);
        if (p) out.push({ ...p, state: parts.stateOf(row) });
      }
      return out;
    },
    confirmControl: () => parts.confirm(),
    deselect(key) {
      const box = parts.boxes().find((b) => isChecked(b) && parts.candidate(parts.rowOf(b), b)?.key === key);
      if (!(box instanceof HTMLElement)) return false;
      box.click();
      return true;
    },
  };
}
