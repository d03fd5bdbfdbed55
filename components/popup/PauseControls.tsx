/** Pause the guard on the current site for an hour or until resumed. */
import { t } from '../../lib/i18n';

export interface PauseControlsProps {
  siteLabel: string;
  paused: boolean;
  busy?: boolean;
  onPauseHour: () => void;
  onPauseSite: () => void;
  onResume: () => void;
}

export function PauseControls({ siteLabel, paused, busy, onPauseHour, onPauseSite, onResume }: PauseControlsProps) {
  return (
    <div class="tv-actions" role="group" aria-label={t('popup_pause_heading')}>
      {paused ? (
        <button type="button" class="tv-button tv-button--primary" onClick={onResume} disabled={busy}>
          {t('popup_resume')}
        </button>
      ) : (
        <>
          <button type="button" class="tv-button" onClick={onPauseHour} disabled={busy}>
            {t('popup_pause_hour')}
          </button>
          <button type="button" class="tv-button" onClick={onPauseSite} disabled={busy}>
            {t('popup_pause_site', siteLabel)}
          </button>
        </>
      )}
    </div>
  );
}
