/**
 * "Send anyway": re-trigger the site's own send exactly the way the user tried it, once — through
 * the send control the adapter finds now (the site may have re-rendered the one the user clicked),
 * and only if text and recipient are unchanged. Then confirm that it went out: the composer
 * emptied (or closed) within CONFIRM_MS. Otherwise the card says "Not sent" and nothing is counted.
 */
import type { SendControls } from '../../sites/types';
import type { Lifetime } from '../lifetime';

/** How the user tried to send. */
export type SendPath =
  | { kind: 'click'; el: HTMLElement }
  | { kind: 'chip'; el: HTMLElement; text: string }
  | { kind: 'submit'; form: HTMLFormElement }
  | { kind: 'enter'; mod: boolean };

export const CONFIRM_MS = 1500;
const CONFIRM_POLL_MS = 50;

/** The same way of sending, through the controls as they are now; null when there is none. */
export function currentPath(path: SendPath, controls: SendControls): SendPath | null {
  switch (path.kind) {
    case 'click': {
      const el = controls.buttons.includes(path.el) && path.el.isConnected ? path.el : controls.buttons.find((b) => b.isConnected);
      return el ? { kind: 'click', el } : null;
    }
    case 'chip': {
      const chip = controls.chips.find((c) => c.el === path.el && c.el.isConnected) ?? controls.chips.find((c) => c.text === path.text && c.el.isConnected);
      return chip ? { kind: 'chip', el: chip.el, text: chip.text } : null;
    }
    case 'submit': {
      const form = controls.form?.isConnected ? controls.form : path.form.isConnected ? path.form : null;
      return form ? { kind: 'submit', form } : null;
    }
    case 'enter':
      return controls.enterSends || controls.modEnterSends ? path : null;
  }
}

/** Re-trigger the site's own send, exactly the way the user tried it, once. */
export function retrigger(path: SendPath, controls: SendControls, editor: HTMLElement): void {
  switch (path.kind) {
    case 'click':
    case 'chip':
      path.el.click();
      return;
    case 'submit': {
      const button = controls.buttons.find((b) => b instanceof HTMLButtonElement && b.form === path.form);
      if (button) button.click();
      else path.form.requestSubmit();
      return;
    }
    case 'enter': {
      editor.focus();
      const mac = /Mac/.test(navigator.platform);
      const init: KeyboardEventInit & { keyCode: number; which: number } = {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        which: 13,
        bubbles: true,
        cancelable: true,
        composed: true,
        ctrlKey: path.mod && !mac,
        metaKey: path.mod && mac,
      };
      editor.dispatchEvent(new KeyboardEvent('keydown', init));
      editor.dispatchEvent(new KeyboardEvent('keyup', init));
    }
  }
}

/** Resolves true as soon as `sent()` says so, false after CONFIRM_MS (or when the lifetime ends). */
export function confirmSent(life: Lifetime, sent: () => boolean, ms = CONFIRM_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const deadline = Date.now() + ms;
    const check = () => {
      let ok = false;
      try {
        ok = sent();
      } catch {
        ok = false;
      }
      if (ok) return resolve(true);
      if (Date.now() >= deadline || life.aborted) return resolve(false);
      life.timeout(check, CONFIRM_POLL_MS);
    };
    life.onAbort(() => resolve(false));
    // The site may send synchronously (a click handler) or a moment later (Lexical, React).
    check();
  });
}
