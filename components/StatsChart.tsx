/**
 * A small accessible chart of the user's numbers: one row of day bars per measure (small
 * multiples), each row named in text with its total, so colour is never the only signal.
 * The bars are decorative for screen readers (the group has a text summary); the same numbers
 * are available as a table behind a disclosure.
 */
import { useId } from 'preact/hooks';

export interface ChartSeries {
  id: string;
  label: string;
  values: number[];
}

export interface StatsChartProps {
  /** Column labels (days), oldest first; same length as every series' values. */
  days: string[];
  series: ChartSeries[];
  /** Text summary for screen readers. */
  summary: string;
  caption: string;
  tableToggle: string;
  dayHeader: string;
}

const BAR_W = 6;
const GAP = 2;
const HEIGHT = 28;

export function StatsChart({ days, series, summary, caption, tableToggle, dayHeader }: StatsChartProps) {
  const id = useId();
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const width = days.length * (BAR_W + GAP);
  return (
    <div class="tv-chart">
      <div role="group" aria-labelledby={`${id}-cap`} aria-describedby={`${id}-sum`}>
        <p id={`${id}-cap`} class="tv-chart__caption">
          {caption}
        </p>
        <p id={`${id}-sum`} class="tv-visually-hidden">
          {summary}
        </p>
        {series.map((s, si) => {
          const total = s.values.reduce((a, b) => a + b, 0);
          return (
            <div class={`tv-chart__row tv-chart__row--${si}`} key={s.id} data-series={s.id}>
              <span class="tv-chart__label" aria-hidden="true">
                {s.label}: <strong>{total}</strong>
              </span>
              <svg class="tv-chart__svg" viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <line x1="0" y1={HEIGHT - 0.5} x2={width} y2={HEIGHT - 0.5} class="tv-chart__axis" />
                {s.values.map((v, i) => {
                  const h = v === 0 ? 0 : Math.max(2, Math.round((v / max) * (HEIGHT - 2)));
                  return <rect key={i} x={i * (BAR_W + GAP)} y={HEIGHT - 1 - h} width={BAR_W} height={h} class="tv-chart__bar" />;
                })}
              </svg>
            </div>
          );
        })}
        {/* Dates on the axis: the first day, the middle one and the last, under the bars (the table has every day). */}
        {days.length > 1 && (
          <div class="tv-chart__dates" aria-hidden="true">
            <span>{days[0]}</span>
            <span>{days[Math.floor((days.length - 1) / 2)]}</span>
            <span>{days[days.length - 1]}</span>
          </div>
        )}
      </div>
      <details class="tv-chart__details">
        <summary>{tableToggle}</summary>
        <div class="tv-chart__table-wrap" tabIndex={0} role="region" aria-label={caption}>
          <table>
            <caption class="tv-visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{dayHeader}</th>
                {series.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((day, i) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  {series.map((s) => (
                    <td key={s.id}>{s.values[i] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
