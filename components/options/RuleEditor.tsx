/** Personal rules: add (validated as typed, never saved while invalid), list and delete. */
import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ruleProblems, type PhraseCheck, type RuleDraft } from '../../lib/pages/rules';
import type { Settings } from '../../lib/settings';
import { DataTable, RowButton } from './DataTable';

export interface RuleEditorProps {
  rules: Settings['personalRules'];
  check: PhraseCheck;
  onAdd: (draft: RuleDraft) => void;
  onDelete: (id: string) => void;
}

const EMPTY: RuleDraft = { kind: 'flag', phrase: '', severity: 'info', note: '' };

export function RuleEditor({ rules, check, onAdd, onDelete }: RuleEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<RuleDraft>(EMPTY);
  /** Show phrase errors once the user has typed (or tried to submit). */
  const [touched, setTouched] = useState(false);
  const problems = ruleProblems(draft, rules, check);
  const phraseProblem = touched ? problems.find((p) => p.field === 'phrase') : undefined;
  const noteProblem = problems.find((p) => p.field === 'note');
  const formProblem = problems.find((p) => p.field === 'form');

  const submit = (e: Event) => {
    e.preventDefault();
    setTouched(true);
    if (problems.length) {
      const first = problems[0]?.field === 'note' ? `${id}-note` : `${id}-phrase`;
      document.getElementById(first)?.focus();
      return;
    }
    onAdd(draft);
    setDraft({ ...EMPTY, kind: draft.kind, severity: draft.severity });
    setTouched(false);
  };

  return (
    <div>
      <p>{t('options_rules_intro')}</p>
      <form class="tv-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
        <span id={`${id}-h`} class="tv-visually-hidden">
          {t('options_rule_add')}
        </span>
        <fieldset>
          <legend>{t('options_rule_kind_legend')}</legend>
          {(['flag', 'allow'] as const).map((kind) => (
            <label class="tv-check" key={kind}>
              <input type="radio" name={`${id}-kind`} value={kind} checked={draft.kind === kind} onChange={() => setDraft({ ...draft, kind })} />{' '}
              {t(kind === 'flag' ? 'options_rule_kind_flag' : 'options_rule_kind_allow')}
            </label>
          ))}
        </fieldset>
        <div class="tv-field">
          <label for={`${id}-phrase`}>{t('options_rule_phrase')}</label>
          <input
            id={`${id}-phrase`}
            name="phrase"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={draft.phrase}
            aria-invalid={Boolean(phraseProblem)}
            aria-describedby={`${id}-help${phraseProblem ? ` ${id}-phrase-err` : ''}`}
            onInput={(e) => {
              setDraft({ ...draft, phrase: (e.currentTarget as HTMLInputElement).value });
              setTouched(true);
            }}
          />
          <span id={`${id}-help`} class="tv-hint">
            {t('options_rules_help')}
          </span>
          <span id={`${id}-phrase-err`} class="tv-error" aria-live="polite">
            {phraseProblem ? t(phraseProblem.key) : ''}
          </span>
        </div>
        {draft.kind === 'flag' && (
          <>
            <div class="tv-field">
              <label for={`${id}-sev`}>{t('options_rule_severity')}</label>
              <select id={`${id}-sev`} name="severity" value={draft.severity} onChange={(e) => setDraft({ ...draft, severity: (e.currentTarget as HTMLSelectElement).value as RuleDraft['severity'] })}>
                <option value="info">{t('options_rule_severity_info')}</option>
                <option value="warn">{t('options_rule_severity_warn')}</option>
              </select>
            </div>
            <div class="tv-field">
              <label for={`${id}-note`}>{t('options_rule_note')}</label>
              <input
                id={`${id}-note`}
                name="note"
                type="text"
                value={draft.note}
                aria-invalid={Boolean(noteProblem)}
                aria-describedby={noteProblem ? `${id}-note-err` : undefined}
                onInput={(e) => setDraft({ ...draft, note: (e.currentTarget as HTMLInputElement).value })}
              />
              {noteProblem && (
                <span id={`${id}-note-err`} class="tv-error">
                  {t(noteProblem.key)}
                </span>
              )}
            </div>
          </>
        )}
        {formProblem && <p class="tv-error">{t(formProblem.key)}</p>}
        <button type="submit" class="tv-button tv-button--primary">
          {t('options_rule_add')}
        </button>
      </form>
      <DataTable
        label={t('options_rules_table')}
        testId="rules-table"
        empty={t('options_rules_none')}
        rows={rules}
        rowKey={(r) => r.id}
        columns={[
          { header: t('options_rule_col_phrase'), cell: (r) => <code>{r.phrase}</code>, rowHeader: true },
          { header: t('options_rule_col_kind'), cell: (r) => t(r.kind === 'flag' ? 'options_rule_kind_flag' : 'options_rule_kind_allow') },
          { header: t('options_rule_col_severity'), cell: (r) => (r.kind === 'flag' ? t(r.severity === 'warn' ? 'options_rule_severity_warn' : 'options_rule_severity_info') : '—') },
          { header: t('options_rule_col_note'), cell: (r) => r.note ?? '' },
          { header: t('options_rule_col_actions'), cell: (r) => <RowButton label={t('common_delete')} name={t('options_rule_delete', r.phrase)} onClick={() => onDelete(r.id)} /> },
        ]}
      />
    </div>
  );
}
