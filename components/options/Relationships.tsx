/**
 * Keeping in touch (issue 12): the switch and the quiet period, and everything the relationship
 * memory holds — viewable, editable (note, "suggest", snooze) and deletable per person.
 * Presentational: props in, events out.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Relation, RelationEditDto } from '../../lib/messaging/schemas';
import { SITE_LABEL } from '../../lib/pages/status';
import type { Settings } from '../../lib/settings';
import { DataTable, RowButton } from './DataTable';

export interface RelationshipsProps {
  settings: Settings['relationship'];
  onSettings: (next: Settings['relationship']) => void;
  rows: Relation[];
  now: number;
  formatDate: (at: number) => string;
  onEdit: (edit: RelationEditDto, name: string) => void;
  onDelete: (key: string, name: string) => void;
}

function NoteField({ row, onEdit }: { row: Relation; onEdit: RelationshipsProps['onEdit'] }) {
  const id = useId();
  const [note, setNote] = useState(row.note ?? '');
  useEffect(() => setNote(row.note ?? ''), [row.note]);
  const name = row.name || row.personKey;
  return (
    <form
      class="tv-inline"
      onSubmit={(e) => {
        e.preventDefault();
        onEdit({ key: row.key, note }, name);
      }}
    >
      <label for={id} class="tv-visually-hidden">
        {t('options_relations_note_label', name)}
      </label>
      <input id={id} type="text" maxLength={500} value={note} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />{' '}
      <button type="submit" class="tv-button tv-button--small" aria-label={t('options_relations_note_save_label', name)}>
        {t('options_relations_note_save')}
      </button>
    </form>
  );
}

/** "Suggest" for one person: the switch, and a snooze that can be lifted. */
function Suggest({ row: r, now, formatDate, onEdit }: { row: Relation; now: number; formatDate: (at: number) => string; onEdit: RelationshipsProps['onEdit'] }) {
  const name = r.name || r.personKey;
  const snoozed = r.snoozedUntil !== undefined && r.snoozedUntil > now;
  return (
    <>
      <label>
        <input type="checkbox" checked={!r.never} aria-label={t('options_relations_suggest_label', name)} onChange={(e) => onEdit({ key: r.key, never: !(e.currentTarget as HTMLInputElement).checked }, name)} />
      </label>
      {snoozed && r.snoozedUntil !== undefined && (
        <span>
          {' '}
          {t('options_relations_snoozed', formatDate(r.snoozedUntil))}{' '}
          <button type="button" class="tv-button tv-button--small" onClick={() => onEdit({ key: r.key, snoozedUntil: null }, name)}>
            {t('options_relations_unsnooze')}
          </button>
        </span>
      )}
    </>
  );
}

export function Relationships({ settings, onSettings, rows, now, formatDate, onEdit, onDelete }: RelationshipsProps) {
  const id = useId();
  const [quiet, setQuiet] = useState(String(settings.quietDays));
  const [quietError, setQuietError] = useState(false);
  useEffect(() => setQuiet(String(settings.quietDays)), [settings.quietDays]);
  const commitQuiet = (raw: string) => {
    setQuiet(raw);
    const n = Number(raw);
    const ok = raw.trim() !== '' && Number.isInteger(n) && n >= 14 && n <= 730;
    setQuietError(!ok);
    if (ok && n !== settings.quietDays) onSettings({ ...settings, quietDays: n });
  };
  const date = (at: number | undefined) => (at === undefined ? t('options_relations_unknown') : formatDate(at));

  return (
    <div>
      <p>{t('options_relations_intro')}</p>
      <div class="tv-check">
        <label>
          <input type="checkbox" name="relationship" checked={settings.enabled} aria-describedby={`${id}-on`} onChange={(e) => onSettings({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })} />{' '}
          {t('options_relations_enabled')}
        </label>
        <span id={`${id}-on`} class="tv-hint">
          {t('options_relations_enabled_hint')}
        </span>
      </div>
      <div class="tv-field">
        <label for={`${id}-quiet`}>{t('options_relations_quiet')}</label>
        <input
          id={`${id}-quiet`}
          type="number"
          inputMode="numeric"
          min={14}
          max={730}
          step={1}
          value={quiet}
          disabled={!settings.enabled}
          aria-invalid={quietError}
          aria-describedby={`${id}-quiet-hint${quietError ? ` ${id}-quiet-err` : ''}`}
          onInput={(e) => commitQuiet((e.currentTarget as HTMLInputElement).value)}
        />
        <span id={`${id}-quiet-hint`} class="tv-hint">
          {t('options_relations_quiet_hint')}
        </span>
        {quietError && (
          <span id={`${id}-quiet-err`} class="tv-error">
            {t('options_relations_quiet_error')}
          </span>
        )}
      </div>
      <DataTable
        label={t('options_relations_caption')}
        testId="relations-table"
        empty={t('options_relations_empty')}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          {
            header: t('options_relations_col_person'),
            rowHeader: true,
            cell: (r) => (
              <>
                {r.name || r.personKey} <span class="tv-hint">({t(SITE_LABEL[r.site])})</span>
              </>
            ),
          },
          { header: t('options_relations_col_you'), cell: (r) => date(r.lastOutAt) },
          { header: t('options_relations_col_them'), cell: (r) => date(r.lastInAt) },
          { header: t('options_relations_col_twoway'), cell: (r) => (r.twoWay ? t('options_relations_yes') : t('options_relations_no')) },
          { header: t('options_relations_col_note'), cell: (r) => <NoteField row={r} onEdit={onEdit} /> },
          { header: t('options_relations_col_suggest'), cell: (r) => <Suggest row={r} now={now} formatDate={formatDate} onEdit={onEdit} /> },
          {
            header: t('options_relations_col_actions'),
            cell: (r) => <RowButton label={t('options_relations_delete')} name={t('options_relations_delete_label', r.name || r.personKey)} onClick={() => onDelete(r.key, r.name || r.personKey)} />,
          },
        ]}
      />
    </div>
  );
}
