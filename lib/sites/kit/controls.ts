/**
 * Controls found by structure first, labels only to confirm (research/dom-2026.md §3.2): the
 * send control of a composer is the button-role element that follows the editor in the
 * composer's row and enables with text. A label in a known language confirms it directly; a
 * control that was absent or disabled while the composer was empty and is there, enabled, now
 * that it holds text confirms itself. Anything else is not taken for a send control: holding a
 * click on the wrong control (an emoji or GIF button) would be worse than missing one.
 */
import { labelIndex, type LabelChain, type Recorder } from './chain';
import { CONTROL, isDisabled, isHiddenAttr } from './dom';

/** Elements that mark a conversation's history or another input: the composer row stops below them. */
const NOT_ROW = '[role="grid"], [role="log"], [role="list"], [role="listbox"], [role="feed"], ul, ol';
const EDITOR = 'textarea, [contenteditable="true"], [role="textbox"]';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The composer's row: the largest ancestor of the editor, up to `scope`, that holds no other
 * editor and no message history. A form, a footer bar, a chat tab's composer strip.
 */
export function composerRow(editor: Element, scope: Element): Element {
  let row: Element = editor.parentElement ?? editor;
  for (let up: Element | null = row; up; up = up.parentElement) {
    const otherEditor = Array.from(up.querySelectorAll(EDITOR)).some((e) => e !== editor && !editor.contains(e) && !e.contains(editor));
    if (otherEditor || up.querySelector(NOT_ROW)) break;
    row = up;
    if (up === scope) break;
  }
  return row;
}

/** Controls after the editor in document order, within its row, outside the editor, not hidden. */
export function followingControls(editor: Element, scope: Element): HTMLElement[] {
  const row = composerRow(editor, scope);
  return Array.from(row.querySelectorAll<HTMLElement>(CONTROL)).filter(
    (c) => !editor.contains(c) && !c.contains(editor) && (editor.compareDocumentPosition(c) & FOLLOWING) !== 0 && !isHiddenAttr(c),
  );
}

/** Controls that were there and enabled while the editor was empty (so they do not "enable with text"). */
const enabledWhileEmpty = new WeakMap<Element, WeakSet<Element>>();

/** Remember the controls an empty composer shows (called whenever an adapter reads an empty draft). */
export function noteEmptyControls(editor: Element, scope: Element): void {
  const seen = enabledWhileEmpty.get(editor) ?? new WeakSet<Element>();
  for (const c of followingControls(editor, scope)) if (!isDisabled(c)) seen.add(c);
  enabledWhileEmpty.set(editor, seen);
}

/** Whether the editor was ever seen empty, and `control` was not an enabled control then. */
export function enablesWithText(editor: Element, control: Element): boolean {
  const seen = enabledWhileEmpty.get(editor);
  return seen !== undefined && !seen.has(control) && !isDisabled(control);
}

export interface SendProbe {
  /** Labels that confirm a structural candidate (EN, DE, any-locale Enter sentence). */
  confirm: LabelChain;
  /** Labels that are never a send control, whatever else they say ("Send a Like"). */
  never?: RegExp;
  /** Alternative names for the health check: which structural path found the control. */
  structure: { name: string };
}

/**
 * The send control of a composer by structure: the last following control whose label confirms
 * it (recorded as `<confirm>#i` and `<structure>#0`); else, with text in the composer, the last
 * following control that enabled with the text (`<structure>#1`); else null.
 */
export function structuralSend(editor: Element, scope: Element, hasText: boolean, probe: SendProbe, rec?: Recorder): HTMLElement | null {
  const candidates = followingControls(editor, scope).filter((c) => !(probe.never && probe.never.test(c.getAttribute('aria-label') ?? '')));
  for (const c of [...candidates].reverse()) {
    if (labelIndex(c, probe.confirm, rec) >= 0) {
      rec?.record(probe.structure, 0);
      return c;
    }
  }
  if (!hasText) return null;
  for (const c of [...candidates].reverse()) {
    if (enablesWithText(editor, c)) {
      rec?.record(probe.structure, 1);
      return c;
    }
  }
  return null;
}
