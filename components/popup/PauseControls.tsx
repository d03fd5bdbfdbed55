/** Pause the guard on the current site for an hour or until resumed. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface PauseControlsProps {
  siteLabel: string;
  paused: boolean;
  onPauseHour: () => void;
  onPauseSite: () => void;
  onResume: () => void;
}

export function PauseControls({ siteLabel, paused, onPauseHour, onPauseSite, onResume }: PauseControlsProps) {
  const group = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  // The buttons are swapped when the state flips: keep keyboard focus in the group.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body || group.current?.contains(active)) group.current?.querySelector('button')?.focus();
  }, [paused]);
  return (
    <div ref={group} class="tv-actions" role="group" aria-label={t('popup_pause_heading')}>
      {paused ? (
        <button type="button" class="tv-button tv-button--primary" onClick={onResume}>
          {t('popup_resume')}
        </button>
      ) : (
        <>
          <button type="button" class="tv-button" onClick={onPauseHour}>
            {t('popup_pause_hour')}
          </button>
          <button type="button" class="tv-button" onClick={onPauseSite}>
            {t('popup_pause_site', siteLabel)}
          </button>
        </>
      )}
    </div>
  );
}
