import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { ReaderTranscript } from '@/lib/data/transcripts';
import { formatEventDateTime } from '@/lib/format/format-time';
import { CONTENT_LANG, languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import styles from './transcript-header.module.css';

/** Title and facts of a transcript: when it was held, the source, the version and the summary. */
export function TranscriptHeader({ transcript, locale, t }: { transcript: ReaderTranscript; locale: Locale; t: Translator }) {
  return (
    <header className={styles.header}>
      <h1 lang={CONTENT_LANG}>
        <UserText>{transcript.title}</UserText>
      </h1>
      <dl className={styles.facts}>
        <div>
          <dt>{t('heldAt')}</dt>
          <dd>
            {transcript.heldAt ? (
              <time dateTime={transcript.heldAt}>{formatEventDateTime(transcript.heldAt, transcript.timezone, languageTag(locale))}</time>
            ) : (
              t('timeUnknown')
            )}
          </dd>
        </div>
        {transcript.source && (
          <div>
            <dt>{t('source')}</dt>
            <dd lang={CONTENT_LANG}>
              <UserText>{transcript.source}</UserText>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('version')}</dt>
          <dd>{t('versionNumber', { n: transcript.version })}</dd>
        </div>
      </dl>
      <nav aria-label={t('transcriptTools')} className={styles.tools}>
        <Link href={`/transcripts/${encodeURIComponent(transcript.slug)}/overview`}>{t('overviewLink')}</Link>
        <Link href={`/transcripts/${encodeURIComponent(transcript.slug)}/print`}>{t('exportPrint')}</Link>
        <Link href="/export">{t('navExport')}</Link>
      </nav>
      {transcript.summary && (
        <p className={styles.summary} lang={CONTENT_LANG}>
          <span className="visually-hidden">{t('summary')}: </span>
          <UserText>{transcript.summary}</UserText>
        </p>
      )}
    </header>
  );
}
