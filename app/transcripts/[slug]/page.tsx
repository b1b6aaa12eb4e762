import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AnnotationFilters } from '@/components/annotations/annotation-filters';
import { AnnotationPanel } from '@/components/annotations/annotation-panel';
import { AssignmentBanner } from '@/components/assignments/assignment-banner';
import type { CardContext } from '@/components/annotations/card-context';
import { claimFieldLabels, readerLayerLabels } from '@/components/annotations/labels';
import { cardControlLabels } from '@/components/annotations/panel-labels';
import { AnnotationLayer } from '@/components/reader/annotation-layer';
import { ExchangeList } from '@/components/reader/exchange-list';
import { KeyboardShortcuts } from '@/components/reader/keyboard-shortcuts';
import { shortcutLabels } from '@/components/reader/shortcut-labels';
import { LiveUpdates } from '@/components/reader/live-updates';
import { readerHref } from '@/components/reader/reader-href';
import { SentencePickerButton } from '@/components/reader/sentence-picker-button';
import { SpeakerFilter } from '@/components/reader/speaker-filter';
import { SpeakerRoster } from '@/components/reader/speaker-roster';
import { TranscriptHeader } from '@/components/reader/transcript-header';
import { TurnArticle, turnId } from '@/components/reader/turn-article';
import { filterChoices, highlightsByTurn } from '@/components/reader/turn-highlights';
import { TurnTimeline } from '@/components/reader/turn-timeline';
import type { Option } from '@/components/ui/option';
import { getViewer } from '@/lib/auth/viewer';
import { TurnRelatedEntries } from '@/components/links/turn-related-entries';
import { linksByTurn, listLinksForTranscript, listEntryOptions } from '@/lib/data/links';
import { getAssignmentContext } from '@/lib/data/assignments';
import { listGroupChoices } from '@/lib/data/groups';
import { getTranscriptForReader } from '@/lib/data/transcripts';
import { isolate } from '@/lib/format/isolate';
import { layoutTurnTimeline } from '@/lib/format/turn-timeline';
import { getI18n } from '@/lib/i18n/get-i18n';
import { loadReaderAnnotations } from './load-annotations';
import { ReaderSharing } from './reader-sharing';
import { FILTER_PARAMS, parseReaderQuery } from './reader-query';
import styles from './page.module.css';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

interface TranscriptPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// Metadata and page share one query per request.
// As the viewer may read it (a transcript they may not read is not found: 404); shared with the metadata.
const loadTranscript = cache(async (slug: string) => getTranscriptForReader(await getViewer(), slug));

export async function generateMetadata({ params }: TranscriptPageProps): Promise<Metadata> {
  const [transcript, { t }] = await Promise.all([loadTranscript((await params).slug), getI18n()]);
  return { title: transcript ? isolate(transcript.title) : t('notFoundTitle'), description: transcript?.summary ?? undefined };
}

/** Chronicle entries as evidence choices for claims, `YYYY-MM-DD text…`; only writers need them. */
async function loadChronicleOptions(signedIn: boolean): Promise<Option[]> {
  if (!signedIn) return [];
  const groups = await listEntryOptions();
  return groups.flatMap((group) => group.entries.map((entry) => ({ value: entry.id, label: `${group.date ?? '—'} ${isolate(entry.text)}` })));
}

/**
 * The reader: facts and roster, the timeline, then the turns with their highlights between a
 * side column (speaker and annotation filters, question-and-answer jump list) and the
 * annotation panel. Which turn the panel shows lives in the URL (`?turn=N`, `?annotation=id`).
 */
export default async function TranscriptPage({ params, searchParams }: TranscriptPageProps) {
  const [{ slug }, query, { locale, t }, viewer] = await Promise.all([params, searchParams, getI18n(), getViewer()]);
  const transcript = await loadTranscript(slug);
  if (!transcript) notFound();
  const state = parseReaderQuery(query);
  // `?assignment=id`: the class assignment the reader is working on (null unless theirs).
  const assignmentId = typeof query.assignment === 'string' ? query.assignment : null;
  const [annotations, links, chronicleOptions, groupChoices, assignment] = await Promise.all([
    loadReaderAnnotations(viewer, transcript.slug, state),
    listLinksForTranscript(viewer, transcript.slug).then(linksByTurn),
    loadChronicleOptions(viewer !== null),
    listGroupChoices(viewer),
    assignmentId ? getAssignmentContext(viewer, assignmentId, transcript.slug) : null,
  ]);

  const path = `/transcripts/${encodeURIComponent(transcript.slug)}`;
  const selected = state.speaker;
  const turns = selected === null ? transcript.turns : transcript.turns.filter((turn) => turn.speaker === selected);
  const shown = new Set(turns.map((turn) => turn.index));
  // A hidden turn is reached on the unfiltered page, so links never point at a missing id.
  const hrefForTurn = (index: number) => (shown.has(index) ? `#${turnId(index)}` : `${path}#${turnId(index)}`);
  const filterHref = (label: string) => `${path}?speaker=${encodeURIComponent(label)}#turns`;
  const speakers = new Map(transcript.speakers.map((speaker) => [speaker.label, speaker]));
  const timeline = layoutTurnTimeline(transcript);

  const signInHref = viewer ? null : `/signin?callbackUrl=${encodeURIComponent(path)}`;
  const highlights = highlightsByTurn(annotations.visible, t);
  const choices = filterChoices(annotations.all);
  const focusHref = (turn: number, annotation?: string) => readerHref(path, query, { turn, annotation }, turnId(turn));
  const clearFilters = Object.fromEntries(FILTER_PARAMS.map((name) => [name, undefined]));
  const context: CardContext = { t, locale, signedIn: viewer !== null, controls: cardControlLabels(t), chronicleOptions, ...groupChoices };

  return (
    <div className={styles.reader}>
      <TranscriptHeader transcript={transcript} locale={locale} t={t} />
      <ReaderSharing viewer={viewer} slug={transcript.slug} access={transcript.access} groups={groupChoices.groups} saved={query.shared === '1'} t={t} />
      <KeyboardShortcuts labels={shortcutLabels(t)} />
      <LiveUpdates slug={transcript.slug} labels={{ on: t('liveUpdatesOn'), reconnecting: t('liveUpdatesReconnecting') }} />
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
          <AnnotationFilters
            action={path}
            filters={state.filters}
            speaker={selected}
            tags={choices.tags}
            authors={choices.authors}
            claim={claimFieldLabels(t)}
            signedIn={viewer !== null}
            shown={annotations.visible.filter((a) => !a.deleted).length}
            clearHref={state.filtered ? readerHref(path, query, clearFilters, 'turns') : null}
            claimsHref={`${path}/claims`}
            t={t}
          />
          <ExchangeList exchanges={transcript.exchanges} turns={transcript.turns} speakers={speakers} hrefForTurn={hrefForTurn} t={t} />
        </aside>
        <section id="turns" aria-labelledby="turns-heading" className={styles.turns}>
          <h2 id="turns-heading">{t('turnsTitle')}</h2>
          {assignment && <AssignmentBanner assignment={assignment} hrefForTurn={hrefForTurn} locale={locale} t={t} />}
          <AnnotationLayer
            slug={transcript.slug}
            path={path}
            signInHref={signInHref}
            labels={readerLayerLabels(t)}
            chronicleOptions={chronicleOptions}
            groups={groupChoices.groups}
            assignment={assignment}
          >
            {turns.map((turn) => (
              <TurnArticle
                key={turn.index}
                turn={turn}
                speaker={speakers.get(turn.speaker)}
                timezone={transcript.timezone}
                t={t}
                annotations={{
                  highlights: highlights.get(turn.index) ?? [],
                  focusedAnnotationId: annotations.focusedId,
                  count: annotations.counts[turn.index] ?? 0,
                  countHref: focusHref(turn.index),
                  focused: annotations.focusedTurn === turn.index,
                  tools: viewer ? <SentencePickerButton turnIndex={turn.index} /> : undefined,
                }}
                footer={
                  <TurnRelatedEntries
                    transcriptSlug={transcript.slug}
                    turnIndex={turn.index}
                    links={links.get(turn.index) ?? []}
                    signedIn={viewer !== null}
                    returnTo={`${path}#${turnId(turn.index)}`}
                    groups={groupChoices.groups}
                    locale={locale}
                    t={t}
                  />
                }
              />
            ))}
          </AnnotationLayer>
        </section>
        <AnnotationPanel
          focusedTurn={annotations.focusedTurn}
          annotations={annotations.panel}
          overview={annotations.visible}
          focusedId={annotations.focusedId}
          closeHref={readerHref(path, query, { turn: undefined, annotation: undefined })}
          hrefFor={(a) => focusHref(a.turnIndex, a.id)}
          signInHref={signInHref}
          context={context}
        />
      </div>
    </div>
  );
}
