/** The consent ledger: view and delete entries. */
import { t } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n/keys';
import type { LedgerEntry } from '../../lib/messaging/schemas';
import { SITE_LABEL } from '../../lib/pages/status';

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
  if (entries.length === 0) return <p>{t('options_ledger_none')}</p>;
  return (
    <div class="tv-table-wrap" tabIndex={0} role="region" aria-label={t('options_ledger_heading')}>
      <table class="tv-table" data-testid="ledger-table">
        <caption class="tv-visually-hidden">{t('options_ledger_heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_ledger_col_date')}</th>
            <th scope="col">{t('options_ledger_col_person')}</th>
            <th scope="col">{t('options_ledger_col_group')}</th>
            <th scope="col">{t('options_ledger_col_site')}</th>
            <th scope="col">{t('options_ledger_col_action')}</th>
            <th scope="col">{t('options_ledger_col_answers')}</th>
            <th scope="col">{t('options_table_actions')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const person = e.personName || e.personKey;
            const group = e.groupName || e.groupKey;
            return (
              <tr key={e.id}>
                <td>{formatDate(e.at)}</td>
                <th scope="row">{person}</th>
                <td>{group}</td>
                <td>{t(SITE_LABEL[e.site])}</td>
                <td>{t(ACTION[e.action])}</td>
                <td>{e.answers.map((a) => t(ANSWER[a])).join(', ') || '—'}</td>
                <td>
                  {e.id !== undefined && (
                    <button type="button" class="tv-button" aria-label={t('options_ledger_delete', person, group)} onClick={() => e.id !== undefined && onDelete(e.id)}>
                      {t('common_delete')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
