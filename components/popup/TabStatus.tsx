/** The popup's "This tab" section: which site, whether the guard is active, what it sees. */
import { t } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n/keys';
import type { GuardState, TabSummary } from '../../lib/pages/status';

export interface TabStatusProps {
  siteLabel?: string;
  /** Ask the browser for the site's host permission (shown when it is withheld). */
  onGrant?: () => void;
  /**
   * Sites whose access the browser withholds, offered when the tab is none of ours that we can
   * see: the browser hides the address of a tab Taktvoll may not read, so it may be one of them.
   */
  withheld?: { label: string; onGrant: () => void }[];
  state: GuardState;
  summary?: TabSummary;
  /** Label of the rule behind the last finding, already translated. */
  lastFindingLabel?: string;
  formatTime: (at: number) => string;
}

const ICON: Record<GuardState['kind'], string> = {
  none: '–',
  off: '○',
  'no-access': '⊘',
  'paused-site': '❚❚',
  paused: '❚❚',
  unknown: '?',
  active: '✓',
  inactive: '!',
};

const REASON: Record<string, MessageKey> = {
  'site-off': 'popup_reason_site_off',
  paused: 'popup_reason_paused',
  'nothing-found': 'popup_reason_nothing_found',
  stopped: 'popup_reason_stopped',
};

/** Reasons are the guard's codes, i18n keys or selector-chain names: translate what we can, show the rest as is. */
function reasonText(reason: string): string {
  const key = REASON[reason];
  if (key) return t(key);
  return t(reason as MessageKey) || reason;
}

export function TabStatus({ siteLabel, state, summary, lastFindingLabel, formatTime, onGrant, withheld = [] }: TabStatusProps) {
  if ((state.kind === 'none' || !siteLabel) && withheld.length > 0) {
    return (
      <div>
        <p class="tv-status tv-status--none">{t('popup_site_hidden', withheld.map((w) => w.label).join(', '))}</p>
        {withheld.map((w) => (
          <button key={w.label} type="button" class="tv-button tv-button--primary" onClick={w.onGrant}>
            {t('popup_grant', w.label)}
          </button>
        ))}
      </div>
    );
  }
  if (state.kind === 'none' || !siteLabel) {
    return <p class="tv-status tv-status--none">{t('popup_site_none')}</p>;
  }
  const text =
    state.kind === 'active'
      ? t('popup_status_active')
      : state.kind === 'inactive'
        ? t('popup_status_inactive')
        : state.kind === 'paused'
          ? t('popup_status_paused', formatTime(state.until))
          : state.kind === 'paused-site'
            ? t('popup_status_paused_site')
            : state.kind === 'off'
              ? t('popup_status_off')
              : state.kind === 'no-access'
                ? t('popup_status_no_access')
                : t('popup_status_unknown');
  const showSees = summary && (state.kind === 'active' || state.kind === 'inactive');
  return (
    <div>
      <p class="tv-site">{t('popup_site', siteLabel)}</p>
      {/* A live region: pausing or resuming from the buttons below is announced. */}
      <p class={`tv-status tv-status--${state.kind}`} data-state={state.kind} role="status">
        <span class="tv-status__icon" aria-hidden="true">
          {ICON[state.kind]}
        </span>{' '}
        <span class="tv-visually-hidden">{t('popup_status_label')}: </span>
        {text}
      </p>
      {state.kind === 'no-access' && onGrant && (
        <button type="button" class="tv-button tv-button--primary" onClick={onGrant}>
          {t('popup_grant', siteLabel)}
        </button>
      )}
      {showSees && (
        <>
          <h3>{t('popup_sees_heading')}</h3>
          <ul class="tv-sees">
            <li>{t('popup_sees_composers', summary.composers)}</li>
            <li>{t('popup_sees_dialogs', summary.dialogs)}</li>
            <li>{summary.lastFinding && lastFindingLabel ? t('popup_last_finding', lastFindingLabel, formatTime(summary.lastFinding.at)) : t('popup_no_finding')}</li>
          </ul>
          {summary.warnings?.includes('no-send-control') && <p class="tv-warning">{t('popup_warning_no_send_control')}</p>}
          {state.kind === 'inactive' && summary.reasons.length > 0 && (
            <p class="tv-reasons">
              {t('popup_reasons')} {summary.reasons.map(reasonText).join('; ')}
            </p>
          )}
          {summary.errors.length > 0 && <p class="tv-reasons">{t('popup_errors', summary.errors.join('; '))}</p>}
          {summary.frames !== undefined && (
            <details class="tv-details">
              <summary>{t('popup_details')}</summary>
              <p class="tv-reasons">{t('popup_details_frames', summary.frames)}</p>
              <p class="tv-reasons">{t('popup_details_matched', summary.matched?.length ? summary.matched.join(', ') : t('popup_details_none'))}</p>
              {summary.failures && summary.failures.length > 0 && (
                <p class="tv-reasons">{t('popup_details_failures', summary.failures.map((f) => `${f.where}: ${f.why} ×${f.count}`).join(', '))}</p>
              )}
            </details>
          )}
        </>
      )}
    </div>
  );
}
