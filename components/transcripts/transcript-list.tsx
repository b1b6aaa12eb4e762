import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { TranscriptSummary } from '@/lib/data/transcripts';
import { formatEventDateTime } from '@/lib/format/format-time';
import { CONTENT_LANG, languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import styles from './transcript-list.module.css';

/** The transcripts on the home page: title, when (in the event's own zone), source and size. */
export function TranscriptList({ transcripts, locale, t }: { transcripts: TranscriptSummary[]; locale: Locale; t: Translator }) {
  return (
    <ul className={styles.list}>
      {transcripts.map((transcript) => (
        <li key={transcript.slug} className={styles.card}>
          <h2 className={styles.title} lang={CONTENT_LANG}>
            <Link href={`/transcripts/${encodeURIComponent(transcript.slug)}`} className={styles.link}>
              <UserText>{transcript.title}</UserText>
            </Link>
          </h2>
          <p className={styles.facts}>
            {transcript.heldAt ? (
              <time dateTime={transcript.heldAt}>{formatEventDateTime(transcript.heldAt, transcript.timezone, languageTag(locale))}</time>
            ) : (
              <span>{t('timeUnknown')}</span>
            )}
            {transcript.source && (
              <span>
                <span className="visually-hidden">{t('source')}: </span>
                <UserText lang={CONTENT_LANG}>{transcript.source}</UserText>
              </span>
            )}
            <span>{t('turnCount', { n: transcript.turnCount })}</span>
            <span>{t('speakerCount', { n: transcript.speakerCount })}</span>
          </p>
          {transcript.summary && (
            <p className={styles.summary} lang={CONTENT_LANG}>
              <UserText>{transcript.summary}</UserText>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
