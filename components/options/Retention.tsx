/** How long to keep the send memory, contacts, ledger and numbers (enforced by the background). */
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface RetentionProps {
  days: number;
  onSave: (days: number) => void;
}

export function Retention({ days, onSave }: RetentionProps) {
  const id = useId();
  const [value, setValue] = useState(String(days));
  const [error, setError] = useState(false);
  useEffect(() => setValue(String(days)), [days]);
  const submit = (e: Event) => {
    e.preventDefault();
    const n = Number(value);
    const ok = value.trim() !== '' && Number.isInteger(n) && n >= 7 && n <= 3650;
    setError(!ok);
    if (!ok) {
      document.getElementById(`${id}-days`)?.focus();
      return;
    }
    onSave(n);
  };
  return (
    <form class="tv-form tv-form--inline" onSubmit={submit} noValidate>
      <div class="tv-field">
        <label for={`${id}-days`}>{t('options_retention_label')}</label>
        <input
          id={`${id}-days`}
          type="number"
          min={7}
          max={3650}
          step={1}
          value={value}
          aria-invalid={error}
          aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
          onInput={(e) => {
            setValue((e.currentTarget as HTMLInputElement).value);
            setError(false);
          }}
        />
        <span id={`${id}-hint`} class="tv-hint">
          {t('options_retention_hint')}
        </span>
        {error && (
          <span id={`${id}-err`} class="tv-error">
            {t('options_retention_error')}
          </span>
        )}
      </div>
      <button type="submit" class="tv-button tv-button--primary">
        {t('options_retention_save')}
      </button>
    </form>
  );
}
