/** The user's own numbers: today as text, the last 30 days as a small chart with a table. */
import { t } from '../../lib/i18n';
import type { DayStats } from '../../lib/messaging/schemas';
import { totals } from '../../lib/pages/status';
import { StatsChart } from '../StatsChart';

export interface StatsPanelProps {
  /** Oldest first, the last entry is today. */
  days: DayStats[];
  formatDay: (day: string) => string;
  /** The options page's practice area. */
  practiceUrl?: string;
  onPractice?(): void;
}

/** Each number with what it counts, so it explains itself. */
const MEASURES = [
  { id: 'shown', key: 'popup_stats_shown', explain: 'popup_stats_shown_explain' },
  { id: 'keptEditing', key: 'popup_stats_kept', explain: 'popup_stats_kept_explain' },
  { id: 'revised', key: 'popup_stats_revised', explain: 'popup_stats_revised_explain' },
  { id: 'cancelled', key: 'popup_stats_cancelled', explain: 'popup_stats_cancelled_explain' },
  { id: 'sentAsIs', key: 'popup_stats_sent', explain: 'popup_stats_sent_explain' },
] as const;

export function StatsPanel({ days, formatDay, practiceUrl, onPractice }: StatsPanelProps) {
  const today = totals(days.slice(-1));
  const month = totals(days);
  return (
    <div class="tv-stats">
      <h3>{t('popup_stats_today')}</h3>
      <dl class="tv-numbers">
        {MEASURES.map((m) => (
          <div key={m.id}>
            <dt>{t(m.key)}</dt>
            <dd>{today[m.id]}</dd>
            <dd class="tv-numbers__explain">{t(m.explain)}</dd>
          </div>
        ))}
      </dl>
      <p class="tv-numbers__note">{t('popup_stats_note')}</p>
      <h3>{t('popup_stats_30')}</h3>
      {month.shown + month.keptEditing + month.revised + month.cancelled + month.sentAsIs === 0 ? (
        <p>{t('popup_stats_empty')}</p>
      ) : (
        <StatsChart
          days={days.map((d) => formatDay(d.day))}
          series={MEASURES.map((m) => ({ id: m.id, label: t(m.key), values: days.map((d) => d[m.id]) }))}
          summary={t('popup_chart_label', month.shown, month.keptEditing, month.revised, month.cancelled, month.sentAsIs)}
          caption={t('popup_chart_caption')}
          tableToggle={t('popup_chart_table')}
          dayHeader={t('popup_chart_day')}
        />
      )}
      {practiceUrl && (
        <p>
          <a
            href={practiceUrl}
            onClick={(e) => {
              if (!onPractice) return;
              e.preventDefault();
              onPractice();
            }}
          >
            {t('popup_stats_practice')}
          </a>
        </p>
      )}
    </div>
  );
}
