/**
 * The undo toast after a "don't ask again" choice on the pause card: says what was remembered,
 * offers Undo, and closes by itself. In the top layer where the browser has it, announced through
 * a live region. Presentational.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Theme } from './types';

export interface UndoToastProps {
  /** What was remembered ('' at first, so the live region exists before it speaks). */
  message: string;
  theme: Theme;
  /** 'idle': Undo offered; 'busy'; 'done': undone; 'failed': could not undo here. */
  state: 'idle' | 'busy' | 'done' | 'failed';
  onUndo(): void;
  onClose(): void;
}

export function UndoToast({ message, theme, state, onUndo, onClose }: UndoToastProps) {
  const layer = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = layer.current as (HTMLDivElement & { showPopover?: () => void }) | null;
    if (el && typeof el.showPopover === 'function' && !el.matches(':popover-open')) {
      try {
        el.showPopover();
      } catch {
        /* not connected yet */
      }
    }
  });
  const text = state === 'done' ? t('composer_toast_undone') : state === 'failed' ? t('composer_toast_undo_failed') : message;
  return (
    <div ref={layer} class={`tv toast-layer ${theme}`} popover="manual">
      <div class="toast">
        <span role="status" aria-live="polite" aria-atomic="true">
          {text}
        </span>
        {message && (state === 'idle' || state === 'busy') && (
          <button type="button" class="link" disabled={state === 'busy'} onClick={onUndo}>
            {t('composer_toast_undo')}
          </button>
        )}
        <button type="button" class="link" aria-label={t('composer_toast_close')} onClick={onClose}>
          ✕
        </button>
      </div>
    </div>
  );
}
