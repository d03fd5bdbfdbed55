/**
 * The catch-up quick-message `<dialog>` (dom.md §1.3 [C]): a name paragraph, an event paragraph,
 * a `<textarea>` pre-filled with the site's greeting, and a Send button. The same dialog serves
 * birthdays, work anniversaries and new jobs, so "birthday" is read from the page, not assumed.
 */
import { textOf } from '../chain';
import { catchUpKind } from './pages';
import { BIRTHDAY } from './text';

/**
 * The text a textarea held when it was first seen: the site's pre-filled greeting. Read at
 * first sight because a React-controlled textarea's defaultValue follows later edits. Kept
 * weakly, so closed dialogs are forgotten.
 */
const firstSeen = new WeakMap<Element, string>();

export function rememberFirstSight(editor: Element): void {
  if (!firstSeen.has(editor)) firstSeen.set(editor, (editor as HTMLTextAreaElement).value ?? '');
}

/**
 * The site's pre-filled text: the text at first sight; else a value attribute (what a bot read,
 * dom.md §1.3); a textarea first seen empty has no site template, whatever its defaultValue
 * says later.
 */
export function prefillOf(editor: Element): string | undefined {
  const ta = editor as HTMLTextAreaElement;
  const seen = firstSeen.get(editor);
  return seen || ta.getAttribute('value') || (seen === undefined ? ta.defaultValue : '') || undefined;
}

/** The dialog's paragraphs: the person's name first, then the event ("Birthday"). */
export function dialogLines(dialog: Element): string[] {
  return Array.from(dialog.querySelectorAll('p'))
    .map((p) => textOf(p))
    .filter(Boolean);
}

/** Birthday if the catch-up tab, the event line or the pre-filled greeting says so. */
export function isBirthdayDialog(dialog: Element, editor: Element): boolean {
  const prefill = prefillOf(editor);
  return (
    catchUpKind(dialog.ownerDocument.URL) === 'birthday' ||
    dialogLines(dialog)
      .slice(1)
      .some((line) => BIRTHDAY.test(line)) ||
    (prefill !== undefined && BIRTHDAY.test(prefill))
  );
}
