/** The consent ledger: view and delete entries. */
import { t } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n/keys';
import type { LedgerEntry } from '../../lib/messaging/schemas';
import { SITE_LABEL } from '../../lib/pages/status';
import { DataTable, RowButton, type Column } from './DataTable';

export interface LedgerTableProps {
  entries: LedgerEntry[];
  formatDate: (at: number) => string;
  onDelete: (id: number) => void;
}

const ACTION: Record<LedgerEntry['action'], MessageKey> = {
  invited: 'options_ledger_action_invited',
  added: 'options_ledger_action_added',
  left: 'options_ledger_action_left',
  removed: 'options_ledger_action_removed',
};

const ANSWER: Record<LedgerEntry['answers'][number], MessageKey> = {
  agreed: 'options_ledger_answer_agreed',
  topic: 'options_ledger_answer_topic',
  'wants-back': 'options_ledger_answer_wants_back',
  'invite-message': 'options_ledger_answer_invite_message',
};

export function LedgerTable({ entries, formatDate, onDelete }: LedgerTableProps) {
  const person = (e: LedgerEntry) => e.personName || e.personKey;
  const group = (e: LedgerEntry) => e.groupName || e.groupKey;
  const columns: Column<LedgerEntry>[] = [
    { header: t('options_ledger_col_date'), cell: (e) => formatDate(e.at) },
    { header: t('options_ledger_col_person'), cell: person, rowHeader: true },
    { header: t('options_ledger_col_group'), cell: group },
    { header: t('options_ledger_col_site'), cell: (e) => t(SITE_LABEL[e.site]) },
    { header: t('options_ledger_col_action'), cell: (e) => t(ACTION[e.action]) },
    { header: t('options_ledger_col_answers'), cell: (e) => e.answers.map((a) => t(ANSWER[a])).join(', ') || '—' },
    {
      header: t('options_table_actions'),
      cell: (e) => e.id !== undefined && <RowButton label={t('common_delete')} name={t('options_ledger_delete', person(e), group(e))} onClick={() => e.id !== undefined && onDelete(e.id)} />,
    },
  ];
  return <DataTable label={t('options_ledger_heading')} testId="ledger-table" empty={t('options_ledger_none')} columns={columns} rows={entries} rowKey={(e) => e.id ?? `${e.at}:${e.personKey}`} />;
}
