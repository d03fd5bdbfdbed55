/**
 * The undo toast for the pause card's "don't ask again" choices: mounted on its own (the card is
 * gone by then), closes by itself after a while, and asks the background to undo on Undo.
 */
import { h } from 'preact';
import { UndoToast } from '../../../components/UndoToast';
import { toastCss } from '../../../components/styles';
import type { Theme } from '../../../components/types';
import { createLifetime } from '../lifetime';
import { mountShadow } from '../mount';

export const TOAST_MS = 10_000;

/** Show the toast; `undo` resolves true when the background took the choices back. */
export function showUndoToast(doc: Document, parent: Element | null, theme: Theme, message: string, undo: () => Promise<boolean>): () => void {
  const life = createLifetime();
  const mount = mountShadow(doc, 'toast', toastCss, parent);
  life.onAbort(() => mount.remove());
  let state: 'idle' | 'busy' | 'done' | 'failed' = 'idle';
  let text = '';
  const close = () => life.abort('closed');
  const render = () =>
    mount.render(
      h(UndoToast, {
        message: text,
        theme,
        state,
        onClose: close,
        onUndo: () => {
          if (state !== 'idle') return;
          state = 'busy';
          render();
          void undo()
            .catch(() => false)
            .then((ok) => {
              state = ok ? 'done' : 'failed';
              if (!life.aborted) render();
              life.timeout(close, 4000);
            });
        },
      }),
    );
  render();
  // The live region exists first, then it speaks.
  life.timeout(() => {
    text = message;
    render();
  }, 50);
  life.timeout(() => {
    if (state === 'idle') close();
  }, TOAST_MS);
  return close;
}
