/**
 * Prompt fatigue in the popup: the checks toned down to the badge only, each with why ("you sent
 * anyway 7 of the last 8 times") and a real button to have them ask again. A live region says
 * what happened after a press (the line itself goes away).
 */
import { t } from '../../lib/i18n';

export interface TonedDownItem {
  rule: string;
  /** The check's name as the options page shows it. */
  label: string;
  anyway: number;
  of: number;
}

export interface TonedDownProps {
  items: TonedDownItem[];
  onRestore(rule: string): void;
  /** What the last "Ask again" did (announced politely). */
  status: string;
}

export function TonedDown({ items, onRestore, status }: TonedDownProps) {
  return (
    <div class="tv-toned">
      {items.length > 0 && (
        <>
          <p>{t('popup_toned_intro')}</p>
          <ul>
            {items.map((i) => (
              <li key={i.rule}>
                <span>{t('popup_toned_line', i.label, String(i.anyway), String(i.of))}</span>{' '}
                <button type="button" aria-label={t('popup_toned_restore_named', i.label)} onClick={() => onRestore(i.rule)}>
                  {t('popup_toned_restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" class="tv-toned__status">
        {status}
      </p>
    </div>
  );
}
