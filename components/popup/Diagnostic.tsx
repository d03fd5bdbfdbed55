/**
 * "Not working here?" in the popup: one button; then the whole report, shown before anything can
 * be copied, and a Copy button. Nothing is sent anywhere. Presentational: the popup page fetches
 * the report and does the copying.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface DiagnosticProps {
  state: 'closed' | 'loading' | 'ready';
  /** The full report text (when ready). */
  text?: string;
  /** The tab did not answer: the report has only what the popup knows. */
  partial?: boolean;
  /** The outcome of the last copy. */
  copied?: 'ok' | 'failed' | null;
  onOpen: () => void;
  onCopy: () => void;
}

export function Diagnostic({ state, text, partial, copied, onOpen, onCopy }: DiagnosticProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state !== 'closed') heading.current?.focus();
  }, [state === 'closed']);
  useEffect(() => {
    // Copying failed: select the report so the keyboard shortcut copies it.
    if (copied === 'failed') area.current?.select();
  }, [copied]);

  if (state === 'closed') {
    return (
      <p class="tv-diag">
        <button type="button" class="tv-button" onClick={onOpen}>
          {t('popup_diag_open')}
        </button>
      </p>
    );
  }
  return (
    <section class="tv-diag" aria-labelledby="tv-diag-h">
      <h2 id="tv-diag-h" tabIndex={-1} ref={heading}>
        {t('popup_diag_heading')}
      </h2>
      <p>{t('popup_diag_intro')}</p>
      {partial && <p class="tv-note">{t('popup_diag_partial')}</p>}
      {state === 'loading' ? (
        <p role="status">{t('popup_diag_loading')}</p>
      ) : (
        <>
          <label for="tv-diag-text" class="tv-visually-hidden">
            {t('popup_diag_label')}
          </label>
          <textarea id="tv-diag-text" ref={area} readOnly rows={14} spellcheck={false} value={text ?? ''} />
          <p class="tv-actions">
            <button type="button" class="tv-button tv-button--primary" onClick={onCopy}>
              {t('popup_diag_copy')}
            </button>
          </p>
        </>
      )}
      <p role="status" class={copied === 'failed' ? 'tv-error' : 'tv-note'}>
        {copied === 'ok' ? t('popup_diag_copied') : copied === 'failed' ? t('popup_diag_copy_failed') : ''}
      </p>
    </section>
  );
}
