/**
 * Keyboard behaviour shared by Taktvoll's modal dialogs (pause card, group checklist): Escape
 * closes the way the dialog's safe choice does, and Tab cycles inside the dialog (which lives in
 * a shadow root, so the active element is read from the dialog's own root).
 */
const FOCUSABLE = 'input:not([disabled]), button:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

export function modalKeyDown(e: KeyboardEvent, dialog: HTMLElement | null, onEscape: () => void): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    onEscape();
    return;
  }
  if (e.key !== 'Tab' || !dialog) return;
  const focusables = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  if (e.shiftKey && active === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
