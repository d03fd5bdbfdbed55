/**
 * "No occasion needed" (issue 12): at most three people a week, in the popup the user opened —
 * never a notification or a badge. Names stay behind one click (a list of quiet contacts is
 * personal on a shared screen). Each person: when you last wrote, their own note, a link to the
 * conversation, three questions, and "Done", "Later", "Not this person". Presentational.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Suggestion, SuggestionAnswer } from '../../lib/messaging/schemas';

export interface NoOccasionProps {
  people: Suggestion[];
  open: boolean;
  onToggle: () => void;
  onAnswer: (key: string, answer: SuggestionAnswer['answer']) => void;
  /** What the last answer did, for the live region. */
  status: string;
  formatDate: (at: number) => string;
  siteLabel: (site: Suggestion['site']) => string;
}

function lastLine(p: Suggestion, formatDate: (at: number) => string): string {
  if (p.lastOutAt !== undefined) return t('popup_keep_last_wrote', formatDate(p.lastOutAt));
  if (p.lastInAt !== undefined) return t('popup_keep_last_heard', formatDate(p.lastInAt));
  return t('popup_keep_no_date');
}

export function NoOccasion({ people, open, onToggle, onAnswer, status, formatDate, siteLabel }: NoOccasionProps) {
  const list = useRef<HTMLUListElement>(null);
  const count = useRef(people.length);
  // One person answered: keep keyboard focus in the list (on the next person's first button).
  useEffect(() => {
    if (people.length < count.current && open) (list.current?.querySelector('button') ?? list.current?.parentElement?.querySelector('button'))?.focus();
    count.current = people.length;
  }, [people.length, open]);
  return (
    <div class="tv-keep">
      <p>{t('popup_keep_intro')}</p>
      <div role="status" aria-live="polite" class="tv-hint">
        {status}
      </div>
      {people.length === 0 ? (
        <p>{t('popup_keep_none')}</p>
      ) : (
        <>
          <button type="button" class="tv-button" aria-expanded={open} aria-controls="tv-keep-list" onClick={onToggle}>
            {open ? t('popup_keep_hide') : t('popup_keep_show', people.length)}
          </button>
          {open && (
            <ul id="tv-keep-list" ref={list} class="tv-keep-list">
              {people.map((p) => (
                <li key={p.key}>
                  <h3>{p.name || t('popup_keep_unnamed')}</h3>
                  <p>
                    {lastLine(p, formatDate)} {t('popup_keep_no_occasion')}
                  </p>
                  {p.note && <p class="tv-note">{p.note}</p>}
                  {p.link && (
                    <p>
                      <a href={p.link} target="_blank" rel="noreferrer">
                        {t('popup_keep_open', siteLabel(p.site))}
                      </a>
                    </p>
                  )}
                  <ul class="tv-questions" aria-label={t('popup_keep_questions_label')}>
                    <li>{t('popup_keep_q_last')}</li>
                    <li>{t('popup_keep_q_changed')}</li>
                    <li>{t('popup_keep_q_give')}</li>
                  </ul>
                  <div class="tv-actions" role="group" aria-label={p.name}>
                    <button type="button" class="tv-button tv-button--primary" aria-label={t('popup_keep_done_label', p.name)} onClick={() => onAnswer(p.key, 'done')}>
                      {t('popup_keep_done')}
                    </button>
                    <button type="button" class="tv-button" aria-label={t('popup_keep_later_label', p.name)} onClick={() => onAnswer(p.key, 'later')}>
                      {t('popup_keep_later')}
                    </button>
                    <button type="button" class="tv-button" aria-label={t('popup_keep_never_label', p.name)} onClick={() => onAnswer(p.key, 'never')}>
                      {t('popup_keep_never')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
