/** The privacy promise, stated plainly, with the facts read from the manifest so it is checkable. */
import { t } from '../../lib/i18n';

export interface PrivacyPromiseProps {
  permissions: string[];
  hostPermissions: string[];
  /** The extension pages' CSP forbids all connections. */
  connectNone: boolean;
  retentionDays: number;
  /** Host pattern → translated site label (unknown hosts are shown as is). */
  hostLabel: (pattern: string) => string;
}

export function PrivacyPromise({ permissions, hostPermissions, connectNone, retentionDays, hostLabel }: PrivacyPromiseProps) {
  return (
    <div class="tv-privacy">
      <p class="tv-lead">{t('options_privacy_local')}</p>
      <h3>{t('options_privacy_check_heading')}</h3>
      <p>{t('options_privacy_permissions')}</p>
      <ul data-testid="permissions">
        {permissions.map((p) => (
          <li key={p}>
            <code>{p}</code>
            {p === 'storage' ? ` — ${t('options_privacy_perm_storage')}` : ''}
          </li>
        ))}
      </ul>
      <p data-testid="network">{connectNone ? t('options_privacy_no_network') : <strong class="tv-error">{t('options_privacy_network_warning')}</strong>}</p>
      <p>{t('options_privacy_hosts')}</p>
      <ul data-testid="hosts">
        {hostPermissions.map((h) => (
          <li key={h}>
            <code>{h}</code>: {t('options_privacy_host', hostLabel(h))}
          </li>
        ))}
      </ul>
      <h3>{t('options_privacy_stored_heading')}</h3>
      <ul>
        <li>{t('options_privacy_stored_settings')}</li>
        <li>{t('options_privacy_stored_sends', retentionDays)}</li>
        <li>{t('options_privacy_stored_contacts', retentionDays)}</li>
        <li>{t('options_privacy_stored_ledger', retentionDays)}</li>
        <li>{t('options_privacy_stored_stats', retentionDays)}</li>
        <li>
          <strong>{t('options_privacy_stored_drafts')}</strong>
        </li>
      </ul>
      <p>{t('options_privacy_where')}</p>
      <p class="tv-note">{t('options_privacy_how')}</p>
    </div>
  );
}
