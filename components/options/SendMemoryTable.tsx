/** The send memory (fingerprints only): view and delete entries. */
import { t } from '../../lib/i18n';
import type { Site } from '../../lib/analysis/types';
import { SITE_LABEL } from '../../lib/pages/status';
import type { SendMemoryRow } from '../../lib/messaging/types';

export type { SendMemoryRow };

export interface SendMemoryTableProps {
  rows: SendMemoryRow[];
  formatDate: (at: number) => string;
  onDelete: (id: number) => void;
}

/** Keys look like "name:anna schmidt" or a profile slug: show the readable part. */
function recipientText(key: string): string {
  return key.replace(/^name:/, '');
}

function siteText(site: string): string {
  return site in SITE_LABEL ? t(SITE_LABEL[site as Site]) : site;
}

export function SendMemoryTable({ rows, formatDate, onDelete }: SendMemoryTableProps) {
  if (rows.length === 0) return <p>{t('options_memory_none')}</p>;
  return (
    <div class="tv-table-wrap" tabIndex={0} role="region" aria-label={t('options_memory_heading')}>
      <table class="tv-table" data-testid="memory-table">
        <caption class="tv-visually-hidden">{t('options_memory_heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_memory_col_date')}</th>
            <th scope="col">{t('options_memory_col_recipient')}</th>
            <th scope="col">{t('options_memory_col_site')}</th>
            <th scope="col">{t('options_table_actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const who = r.name || recipientText(r.recipientKey);
            const when = formatDate(r.at);
            return (
              <tr key={r.id}>
                <td>{when}</td>
                <th scope="row">{who}</th>
                <td>{siteText(r.site)}</td>
                <td>
                  <button type="button" class="tv-button" aria-label={t('options_memory_delete', who, when)} onClick={() => onDelete(r.id)}>
                    {t('common_delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
