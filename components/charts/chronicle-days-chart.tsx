import type { ChronicleDayCount } from '@/lib/data/transcripts';
import type { Translator } from '@/lib/i18n/translate';
import styles from './charts.module.css';

const WIDTH = 720;
const HEIGHT = 150;
const LEFT = 28;
const BOTTOM = 22;
const TOP = 8;

/**
 * The chronicle as a strip of days: per day a column for its entries and one for the turns
 * related to them, each column a link to the day on the page. Numbers are in a table as well.
 */
export function ChronicleDaysChart({ days, dayHref, t }: { days: ChronicleDayCount[]; dayHref: (date: string) => string; t: Translator }) {
  if (days.length === 0) return null;
  const max = Math.max(1, ...days.map((d) => Math.max(d.entries, d.relatedTurns)));
  const slot = (WIDTH - LEFT) / days.length;
  const bar = Math.max(2, slot / 2 - 1);
  const y = (value: number) => TOP + (1 - value / max) * (HEIGHT - TOP - BOTTOM);
  const base = HEIGHT - BOTTOM;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{t('chronicleDaysTitle')}</figcaption>
      <ul className={styles.legend}>
        <li>
          <span className={styles.swatch} style={{ background: 'var(--role-host)' }} aria-hidden="true" /> {t('chronicleDaysEntries')}
        </li>
        <li>
          <span className={styles.swatch} style={{ background: 'var(--accent)' }} aria-hidden="true" /> {t('chronicleDaysTurns')}
        </li>
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.svg} role="group" aria-label={t('chronicleDaysTitle')}>
        <text x={LEFT - 6} y={TOP + 10} textAnchor="end" className={styles.note}>
          {max}
        </text>
        <line x1={LEFT} x2={WIDTH} y1={base} y2={base} stroke="var(--rule-strong)" />
        {days.map((day, i) => {
          const x = LEFT + i * slot;
          return (
            <a key={day.date} href={dayHref(day.date)} aria-label={`${day.date}: ${t('chronicleDaysNote', { entries: day.entries, turns: day.relatedTurns })}`}>
              <rect x={x} y={y(day.entries)} width={bar} height={base - y(day.entries)} fill="var(--role-host)" />
              <rect x={x + bar + 1} y={y(day.relatedTurns)} width={bar} height={base - y(day.relatedTurns)} fill="var(--accent)" />
              {(i === 0 || i === days.length - 1 || i % 5 === 0) && (
                <text x={x + bar} y={HEIGHT - 6} textAnchor="middle" className={styles.note}>
                  {day.date.slice(5)}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      <details className={styles.data}>
        <summary>{t('chartData')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chartDay')}</th>
              <th scope="col">{t('chronicleDaysEntries')}</th>
              <th scope="col">{t('chronicleDaysTurns')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{day.date}</th>
                <td>{day.entries}</td>
                <td>{day.relatedTurns}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
