/** Export to a JSON file; import one back after a preview and a confirmation (all or nothing). */
import { useId } from 'preact/hooks';
import { t, tr } from '../../lib/i18n';
import type { MessageRef } from '../../lib/i18n/keys';

export type ImportView =
  | { kind: 'idle' }
  | { kind: 'preview'; fileName: string; rules: number; contacts: number; fromVersion: number }
  | { kind: 'failed'; fileName: string; errors: MessageRef[] };

export interface TransferProps {
  view: ImportView;
  onExport: () => void;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Transfer({ view, onExport, onFile, onConfirm, onCancel }: TransferProps) {
  const id = useId();
  return (
    <div>
      <p>{t('options_export_intro')}</p>
      <div class="tv-actions">
        <button type="button" class="tv-button" onClick={onExport}>
          {t('options_export')}
        </button>
      </div>
      <p id={`${id}-intro`}>{t('options_import_intro')}</p>
      <div class="tv-field">
        <label for={`${id}-file`}>{t('options_import_label')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-intro`}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
      </div>
      {view.kind === 'preview' && (
        <div class="tv-confirm" role="group" aria-labelledby={`${id}-preview`}>
          <p id={`${id}-preview`}>
            {t('options_import_preview', view.fileName, view.rules, view.contacts)} {view.fromVersion < 2 ? t('options_import_migrated', view.fromVersion) : ''}
          </p>
          <div class="tv-actions">
            <button type="button" class="tv-button tv-button--primary" onClick={onConfirm}>
              {t('options_import_confirm')}
            </button>
            <button type="button" class="tv-button" onClick={onCancel}>
              {t('options_import_cancel')}
            </button>
          </div>
        </div>
      )}
      {view.kind === 'failed' && (
        <div role="alert" class="tv-import-errors" data-testid="import-errors">
          <p class="tv-error">{t('options_import_failed', view.fileName)}</p>
          <ul>
            {view.errors.map((e, i) => (
              <li key={i}>{tr(e)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
