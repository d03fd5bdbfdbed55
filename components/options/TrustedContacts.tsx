/** Trusted contacts: add by name per site, list (incl. those from the pause card), remove. */
import { useId, useState } from 'preact/hooks';
import { SITES, type Site } from '../../lib/analysis/types';
import { t } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n/keys';
import type { TrustedContact } from '../../lib/messaging/schemas';
import { SITE_LABEL } from '../../lib/pages/status';
import { DataTable, RowButton } from './DataTable';

export interface TrustedContactsProps {
  contacts: TrustedContact[];
  /** Returns true when the contact is already trusted on that site. */
  isTrusted: (site: Site, name: string) => boolean;
  onAdd: (site: Site, name: string) => void;
  onRemove: (contact: TrustedContact) => void;
  formatDate: (at: number) => string;
}

const SOURCE: Record<TrustedContact['source'], MessageKey> = {
  'pause-card': 'options_trusted_source_pause_card',
  options: 'options_trusted_source_options',
  import: 'options_trusted_source_import',
};

export function TrustedContacts({ contacts, isTrusted, onAdd, onRemove, formatDate }: TrustedContactsProps) {
  const id = useId();
  const [site, setSite] = useState<Site>('linkedin');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const clean = name.replace(/\s+/g, ' ').trim();
    const problem = !clean ? t('options_trusted_error_empty') : isTrusted(site, clean) ? t('options_trusted_error_duplicate', clean) : null;
    setError(problem);
    if (problem) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    onAdd(site, clean.slice(0, 200));
    setName('');
  };

  return (
    <div>
      <p>{t('options_trusted_intro')}</p>
      <form class="tv-form tv-form--inline" onSubmit={submit} noValidate>
        <div class="tv-field">
          <label for={`${id}-site`}>{t('options_trusted_site')}</label>
          <select id={`${id}-site`} value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value as Site)}>
            {SITES.map((s) => (
              <option value={s} key={s}>
                {t(SITE_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
        <div class="tv-field">
          <label for={`${id}-name`}>{t('options_trusted_name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            autocomplete="off"
            maxLength={200}
            value={name}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${id}-err` : undefined}
            onInput={(e) => {
              setName((e.currentTarget as HTMLInputElement).value);
              setError(null);
            }}
          />
          {error && (
            <span id={`${id}-err`} class="tv-error">
              {error}
            </span>
          )}
        </div>
        <button type="submit" class="tv-button tv-button--primary">
          {t('options_trusted_add')}
        </button>
      </form>
      <DataTable
        label={t('options_trusted_table')}
        testId="trusted-table"
        empty={t('options_trusted_none')}
        rows={contacts}
        rowKey={(c) => `${c.site}:${c.key}`}
        columns={[
          { header: t('options_trusted_col_name'), cell: (c) => c.name || c.key, rowHeader: true },
          { header: t('options_trusted_col_site'), cell: (c) => t(SITE_LABEL[c.site]) },
          { header: t('options_trusted_col_source'), cell: (c) => t(SOURCE[c.source]) },
          { header: t('options_trusted_col_date'), cell: (c) => formatDate(c.addedAt) },
          { header: t('options_table_actions'), cell: (c) => <RowButton label={t('options_trusted_remove_button')} name={t('options_trusted_remove', c.name || c.key)} onClick={() => onRemove(c)} /> },
        ]}
      />
    </div>
  );
}
