import { UserText } from '@/components/ui/user-text';
import { isolate } from '@/lib/format/isolate';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import styles from './charts.module.css';

export interface BarPart {
  key: string;
  /** Legend text, in the interface language. */
  label: string;
  value: number;
  /** A CSS colour (a custom property is fine). */
  color: string;
}

export interface BarRow {
  key: string;
  /** Row name as written in the content (a speaker label, a day). */
  label: string;
  parts: BarPart[];
  /** Text after the bar, e.g. "12 min · 3,400 characters". */
  note: string;
}

const WIDTH = 640;
const GUTTER = 150;
const NOTE = 150;
const ROW = 26;
const BAR = 16;

/**
 * Horizontal bars, one row per item, optionally stacked from several parts, drawn as plain SVG
 * that scales with its column. The numbers are also in a table under a disclosure, so the
 * chart is readable without seeing it.
 */
export function BarChart({ title, rows, legend, tableHeadings }: { title: string; rows: BarRow[]; legend: boolean; tableHeadings: { row: string; value: string } }) {
  const max = Math.max(1, ...rows.map((row) => row.parts.reduce((sum, part) => sum + part.value, 0)));
  const scale = (value: number) => (value / max) * (WIDTH - GUTTER - NOTE);
  const height = rows.length * ROW + 4;
  const legendParts = legend ? (rows[0]?.parts ?? []) : [];
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      {legendParts.length > 0 && (
        <ul className={styles.legend}>
          {legendParts.map((part) => (
            <li key={part.key}>
              <span className={styles.swatch} style={{ background: part.color }} aria-hidden="true" /> {part.label}
            </li>
          ))}
        </ul>
      )}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className={styles.svg} aria-hidden="true" focusable="false">
        {rows.map((row, i) => {
          let x = GUTTER;
          const y = i * ROW + 4;
          return (
            <g key={row.key}>
              <text x={GUTTER - 8} y={y + BAR - 3} textAnchor="end" className={styles.label} lang={CONTENT_LANG}>
                {isolate(row.label)}
              </text>
              {row.parts.map((part) => {
                const width = scale(part.value);
                const rect = width > 0 ? <rect key={part.key} x={x} y={y} width={width} height={BAR} fill={part.color} /> : null;
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + BAR - 3} className={styles.note}>
                {row.note}
              </text>
            </g>
          );
        })}
      </svg>
      <details className={styles.data}>
        <summary>{tableHeadings.value}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{tableHeadings.row}</th>
              <th scope="col">{tableHeadings.value}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" lang={CONTENT_LANG}>
                  <UserText>{row.label}</UserText>
                </th>
                <td>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
