/** Wipe all data, after an explicit confirmation. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface WipeDataProps {
  onWipe: () => void;
}

export function WipeData({ onWipe }: WipeDataProps) {
  const [confirming, setConfirming] = useState(false);
  /** Focus goes to Cancel, the safe choice. */
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return (
    <div>
      <p>{t('options_wipe_intro')}</p>
      {!confirming ? (
        <button ref={openRef} type="button" class="tv-button tv-button--danger" onClick={() => setConfirming(true)}>
          {t('options_wipe')}
        </button>
      ) : (
        <div class="tv-confirm" role="group" aria-labelledby="tv-wipe-text">
          <p id="tv-wipe-text">
            <strong>{t('options_wipe_confirm_text')}</strong>
          </p>
          <div class="tv-actions">
            <button
              type="button"
              class="tv-button tv-button--danger"
              onClick={() => {
                setConfirming(false);
                onWipe();
              }}
            >
              {t('options_wipe_confirm')}
            </button>
            <button ref={confirmRef} type="button" class="tv-button" onClick={() => setConfirming(false)}>
              {t('options_wipe_cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
