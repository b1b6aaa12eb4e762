import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ExchangeList } from '@/components/reader/exchange-list';
import { SpeakerFilter } from '@/components/reader/speaker-filter';
import { SpeakerRoster } from '@/components/reader/speaker-roster';
import { TranscriptHeader } from '@/components/reader/transcript-header';
import { TurnArticle, turnId } from '@/components/reader/turn-article';
import { TurnTimeline } from '@/components/reader/turn-timeline';
import { getTranscriptForReader } from '@/lib/data/transcripts';
import { layoutTurnTimeline } from '@/lib/format/turn-timeline';
import { getI18n } from '@/lib/i18n/get-i18n';
import styles from './page.module.css';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

interface TranscriptPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// Metadata and page share one query per request.
const loadTranscript = cache(getTranscriptForReader);

export async function generateMetadata({ params }: TranscriptPageProps): Promise<Metadata> {
  const [transcript, { t }] = await Promise.all([loadTranscript((await params).slug), getI18n()]);
  return { title: transcript?.title ?? t('notFoundTitle'), description: transcript?.summary ?? undefined };
}

/**
 * The reader: facts and roster, the timeline, then the turns as a reading column beside a
 * side panel with the speaker filter and the question-and-answer jump list.
 */
export default async function TranscriptPage({ params, searchParams }: TranscriptPageProps) {
  const [{ slug }, query, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const transcript = await loadTranscript(slug);
  if (!transcript) notFound();

  const path = `/transcripts/${encodeURIComponent(transcript.slug)}`;
  const selected = typeof query.speaker === 'string' && query.speaker !== '' ? query.speaker : null;
  const turns = selected === null ? transcript.turns : transcript.turns.filter((turn) => turn.speaker === selected);
  const shown = new Set(turns.map((turn) => turn.index));
  // A hidden turn is reached on the unfiltered page, so links never point at a missing id.
  const hrefForTurn = (index: number) => (shown.has(index) ? `#${turnId(index)}` : `${path}#${turnId(index)}`);
  const filterHref = (label: string) => `${path}?speaker=${encodeURIComponent(label)}#turns`;
  const speakers = new Map(transcript.speakers.map((speaker) => [speaker.label, speaker]));
  const timeline = layoutTurnTimeline(transcript);

  return (
    <div className={styles.reader}>
      <TranscriptHeader transcript={transcript} locale={locale} t={t} />
      <SpeakerRoster speakers={transcript.speakers} filterHref={filterHref} t={t} />
      {timeline ? (
        <TurnTimeline
          timeline={timeline}
          speakers={speakers}
          timezone={transcript.timezone}
          highlight={selected}
          hrefForTurn={hrefForTurn}
          t={t}
        />
      ) : (
        <p className={styles.note}>{t('timelineUnavailable')}</p>
      )}
      <div className={styles.columns}>
        <aside className={styles.side}>
          <SpeakerFilter
            action={path}
            speakers={transcript.speakers}
            selected={selected}
            shown={turns.length}
            total={transcript.turns.length}
            t={t}
          />
          <ExchangeList exchanges={transcript.exchanges} turns={transcript.turns} speakers={speakers} hrefForTurn={hrefForTurn} t={t} />
        </aside>
        <section id="turns" aria-labelledby="turns-heading" className={styles.turns}>
          <h2 id="turns-heading">{t('turnsTitle')}</h2>
          {turns.map((turn) => (
            <TurnArticle key={turn.index} turn={turn} speaker={speakers.get(turn.speaker)} timezone={transcript.timezone} t={t} />
          ))}
        </section>
      </div>
    </div>
  );
}
