/** The send memory (fingerprints only): view and delete entries. */
import { t } from '../../lib/i18n';
import type { Site } from '../../lib/analysis/types';
import { SITE_LABEL } from '../../lib/pages/status';
import type { SendMemoryRow } from '../../lib/messaging/types';
import { DataTable, RowButton, type Column } from './DataTable';

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
  const who = (r: SendMemoryRow) => r.name || recipientText(r.recipientKey);
  const columns: Column<SendMemoryRow>[] = [
    { header: t('options_memory_col_date'), cell: (r) => formatDate(r.at) },
    { header: t('options_memory_col_recipient'), cell: who, rowHeader: true },
    { header: t('options_memory_col_site'), cell: (r) => siteText(r.site) },
    { header: t('options_table_actions'), cell: (r) => <RowButton label={t('common_delete')} name={t('options_memory_delete', who(r), formatDate(r.at))} onClick={() => onDelete(r.id)} /> },
  ];
  return <DataTable label={t('options_memory_heading')} testId="memory-table" empty={t('options_memory_none')} columns={columns} rows={rows} rowKey={(r) => r.id} />;
}
