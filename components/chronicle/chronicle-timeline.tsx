import { UserText } from '@/components/ui/user-text';
import type { ChronicleTimeline as Chronicle } from '@/lib/data/transcripts';
import type { LinkedTurnView } from '@/lib/data/links';
import { formatDayHeading } from '@/lib/format/format-time';
import { CONTENT_LANG, languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { LinkedTurns } from './linked-turns';
import styles from './chronicle-timeline.module.css';

/**
 * Element id of a day: `day-YYYY-MM-DD`, `day-undated` for entries without a day. A second
 * chronicle on the page prefixes its slug so ids stay unique.
 */
export function dayId(date: string | null, prefix = ''): string {
  return `day-${prefix}${date ?? 'undated'}`;
}

/**
 * One chronicle: an index of its days, then each day's heading and its entries, each with the
 * turns linked to it (`linkedTurns` by entry key, lib/data/links listTurnsLinkedToEntries).
 */
export function ChronicleTimeline({
  chronicle,
  idPrefix,
  linkedTurns = {},
  locale,
  t,
}: {
  chronicle: Chronicle;
  idPrefix: string;
  linkedTurns?: Readonly<Record<string, readonly LinkedTurnView[]>>;
  locale: Locale;
  t: Translator;
}) {
  const heading = (date: string | null) => (date ? formatDayHeading(date, languageTag(locale)) : t('dateUnknown'));
  return (
    <article className={styles.chronicle} aria-labelledby={`chronicle-${chronicle.slug}`}>
      <h2 id={`chronicle-${chronicle.slug}`} lang={CONTENT_LANG} className={styles.title}>
        <UserText>{chronicle.title ?? chronicle.slug}</UserText>
      </h2>
      <div className={styles.columns}>
        <nav aria-label={t('chronicleDays')} className={styles.index}>
          <ol>
            {chronicle.days.map((day) => (
              <li key={day.date ?? 'undated'}>
                <a href={`#${dayId(day.date, idPrefix)}`}>{heading(day.date)}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div className={styles.days}>
          {chronicle.days.map((day) => {
            const id = dayId(day.date, idPrefix);
            return (
              <section key={id} id={id} aria-labelledby={`${id}-heading`} className={styles.day}>
                <h3 id={`${id}-heading`} className={styles.dayHeading}>
                  {day.date ? <time dateTime={day.date}>{heading(day.date)}</time> : heading(day.date)}
                  <span className={styles.count}>{t('entryCount', { n: day.entries.length })}</span>
                </h3>
                <ul className={styles.entries} lang={CONTENT_LANG}>
                  {day.entries.map((entry) => (
                    <li key={entry.key} id={`entry-${idPrefix}${entry.key}`}>
                      <UserText>{entry.text}</UserText>
                      <LinkedTurns turns={linkedTurns[entry.key] ?? []} entryKey={`${idPrefix}${entry.key}`} t={t} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </article>
  );
}
