/** The quiet inline cue beside (never inside) the composer. Presentational: props in, events out. */
import { t } from '../lib/i18n';
import { MarkedWords } from './MarkedWords';
import type { CueItem } from './types';

export interface InlineCueProps {
  items: CueItem[];
  expanded: boolean;
  onToggle(): void;
  onDismiss(): void;
}

/** A one-line summary for the live region: what was noticed and which words triggered it. */
export function cueAnnouncement(items: CueItem[]): string {
  if (items.length === 0) return '';
  return t('composer_cue_announce', items.map((i) => (i.words.length ? `${i.title} (${i.words.map((w) => `“${w}”`).join(', ')})` : i.title)).join('; '));
}

export function InlineCue({ items, expanded, onToggle, onDismiss }: InlineCueProps) {
  const first = items[0];
  return (
    <div class="tv">
      {/* The live region stays mounted so changes are announced; it is the cue's text alternative. */}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {cueAnnouncement(items)}
      </div>
      {first && (
        <section class="cue" aria-label={t('composer_cue_label')}>
          <span class="icon" aria-hidden="true">
            ◐
          </span>
          <div class="body">
            <div>
              <span class="title">{first.title}</span>
              {items.length > 1 && <span> {t('composer_cue_more', String(items.length - 1))}</span>}
            </div>
            {first.words.length > 0 && (
              <div class="words">
                <MarkedWords words={first.words} />
              </div>
            )}
            {expanded && (
              <div class="details" id="tv-cue-details">
                {items.map((item) => (
                  <div key={item.rule}>
                    <p>
                      <strong>{item.title}.</strong> {item.detail}
                    </p>
                    {item.note && <p class="note">{item.note}</p>}
                    {item.questions.length > 0 && (
                      <ul>
                        {item.questions.map((q) => (
                          <li key={q}>{q}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </div>
            )}
          </div>
          <div class="actions">
            <button type="button" class="link" aria-expanded={expanded} aria-controls="tv-cue-details" onClick={onToggle}>
              {expanded ? t('composer_cue_less') : t('composer_cue_why')}
            </button>
            <button type="button" class="link" aria-label={t('composer_cue_dismiss_label')} onClick={onDismiss}>
              ✕
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
