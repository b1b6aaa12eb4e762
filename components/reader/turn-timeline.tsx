import type { ReaderSpeaker } from '@/lib/data/transcripts';
import { formatClock, formatHourMinute } from '@/lib/format/format-time';
import { isolate } from '@/lib/format/isolate';
import { snippet } from '@/lib/format/snippet';
import { speakerLabel } from '@/lib/format/speaker-label';
import type { TurnTimeline as Timeline } from '@/lib/format/turn-timeline';
import type { Translator } from '@/lib/i18n/translate';
import type { SpeakerRole } from '@/lib/transcript';
import { roleLabel } from '@/components/ui/role-badge';
import styles from './turn-timeline.module.css';

// Geometry in SVG user units; the drawing scales to its column and scrolls on narrow screens.
const WIDTH = 760;
const GUTTER = 178;
const RIGHT = 16;
const TOP = 30;
const ROW = 22;
const BAR = 12;

/**
 * The press conference over time: one row per speaker, one bar per turn (coloured by role),
 * each bar a link to its turn. With a speaker filter the other speakers' bars are dimmed.
 */
export function TurnTimeline({
  timeline,
  speakers,
  timezone,
  highlight,
  hrefForTurn,
  t,
}: {
  timeline: Timeline;
  speakers: Map<string, ReaderSpeaker>;
  timezone: string;
  highlight: string | null;
  hrefForTurn: (index: number) => string;
  t: Translator;
}) {
  const span = timeline.axisEnd - timeline.axisStart;
  const x = (ms: number) => GUTTER + ((ms - timeline.axisStart) / span) * (WIDTH - GUTTER - RIGHT);
  const y = (row: number) => TOP + row * ROW;
  const height = TOP + timeline.rows.length * ROW + 8;
  const iso = (ms: number) => new Date(ms).toISOString();
  const name = (label: string) => {
    const speaker = speakers.get(label);
    return speaker ? speakerLabel(speaker).primary : label;
  };
  const roleOf = (label: string): SpeakerRole => speakers.get(label)?.role ?? 'other';
  const range = { start: formatHourMinute(iso(timeline.axisStart), timezone), end: formatHourMinute(iso(timeline.axisEnd), timezone) };
  const roles = (['host', 'official', 'journalist', 'other'] as const).filter((r) => timeline.rows.some((l) => roleOf(l) === r));

  return (
    <section aria-labelledby="timeline-heading" className={styles.section}>
      <h2 id="timeline-heading">{t('timelineTitle')}</h2>
      {/* Scrolls sideways on narrow screens; keyboard users reach it through the bar links. */}
      <div className={styles.scroll}>
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className={styles.svg}
          role="group"
          aria-labelledby="timeline-title"
          aria-describedby="timeline-desc"
        >
          <title id="timeline-title">{t('timelineTitle')}</title>
          <desc id="timeline-desc">{t('timelineDesc', range)}</desc>
          <g aria-hidden="true">
            {timeline.rows.map((label, row) => (
              <g key={label} className={label === highlight ? styles.rowSelected : styles.row}>
                <rect x={0} y={y(row)} width={WIDTH} height={ROW} className={styles.rowBand} data-odd={row % 2 === 1 || undefined} />
                <text x={GUTTER - 10} y={y(row) + ROW / 2 + 4} textAnchor="end" className={styles.rowLabel} lang="zh-CN">
                  {isolate(snippet(name(label), 12))}
                </text>
              </g>
            ))}
            {timeline.ticks.map((tick) => (
              <g key={tick}>
                <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - 8} className={styles.tick} />
                <text x={x(tick)} y={TOP - 10} textAnchor="middle" className={styles.tickLabel}>
                  {formatHourMinute(iso(tick), timezone)}
                </text>
              </g>
            ))}
          </g>
          <g>
            {timeline.bars.map((bar) => {
              const dimmed = highlight !== null && bar.speaker !== highlight;
              return (
                <a key={bar.turn} href={hrefForTurn(bar.turn)} className={styles.bar} data-role={roleOf(bar.speaker)} data-dimmed={dimmed || undefined}>
                  <title>
                    {t('timelineBar', { n: bar.turn, speaker: isolate(name(bar.speaker)), from: formatClock(iso(bar.start), timezone), to: formatClock(iso(bar.end), timezone) })}
                  </title>
                  <rect x={x(bar.start)} y={y(bar.row) + (ROW - BAR) / 2} width={Math.max(2.5, x(bar.end) - x(bar.start))} height={BAR} rx={2} />
                </a>
              );
            })}
          </g>
        </svg>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {roles.map((role) => (
          <li key={role} data-role={role}>
            {roleLabel(role, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
