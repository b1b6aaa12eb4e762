import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { BoardAgreement } from '@/components/board/board-agreement';
import { BoardFilters } from '@/components/board/board-filters';
import { BoardSpanCard } from '@/components/board/board-span';
import styles from '@/components/board/board.module.css';
import { UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import type { BoardSpan } from '@/lib/agreement/claim-board-types';
import { getClaimBoard } from '@/lib/data/groups';
import { getTranscriptForReader } from '@/lib/data/transcripts';
import { isolate } from '@/lib/format/isolate';
import { speakerLabel } from '@/lib/format/speaker-label';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import { parseBoardQuery, type BoardSearchParams } from './board-query';

export const dynamic = 'force-dynamic';

interface BoardPageProps {
  params: Promise<{ id: string; slug: string }>;
  searchParams: Promise<BoardSearchParams>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('boardTitle'), robots: { index: false } };
}

// The roster names the speakers; one read per request.
const loadSpeakers = cache(async (slug: string) => (await getTranscriptForReader(await getViewer(), slug))?.speakers ?? []);

/** Spans in their order, split into runs by speaker (first appearance decides the order). */
function bySpeaker(spans: BoardSpan[]): [string, BoardSpan[]][] {
  const groups = new Map<string, BoardSpan[]>();
  for (const span of spans) groups.set(span.speaker, [...(groups.get(span.speaker) ?? []), span]);
  return [...groups];
}

/**
 * A team's claim board for one transcript: agreement, filters (GET), and every span the team's
 * members marked, with disagreements side by side and the decisions kept. Anyone who is not a
 * current member of the team gets a 404, as for a board that does not exist.
 */
export default async function BoardPage({ params, searchParams }: BoardPageProps) {
  const [{ id, slug }, raw, { t }, viewer] = await Promise.all([params, searchParams, getI18n(), getViewer()]);
  const query = parseBoardQuery(raw);
  const board = viewer ? await getClaimBoard(viewer, id, slug, query) : null;
  if (!board) notFound();
  const roster = new Map((await loadSpeakers(board.transcript.slug)).map((s) => [s.label, s]));
  const speakerName = (label: string) => speakerLabel(roster.get(label) ?? { label, name: null, title: null, organization: null }).primary;
  const card = (span: BoardSpan) => (
    <BoardSpanCard key={span.key} span={span} groupId={board.group.id} transcriptSlug={board.transcript.slug} canAdjudicate={board.canAdjudicate} t={t} />
  );

  return (
    <div className={styles.page}>
      <p>
        <Link href={`/groups/${encodeURIComponent(board.group.id)}`}>← {t('boardBack')}</Link>
      </p>
      <h1>
        {t('boardTitle')} · <UserText>{board.group.name}</UserText>
      </h1>
      <p lang={CONTENT_LANG}>
        <Link href={`/transcripts/${encodeURIComponent(board.transcript.slug)}`}>
          <UserText>{board.transcript.title}</UserText>
        </Link>
      </p>
      <p className="page-intro">{t('boardIntro')}</p>
      <BoardAgreement board={board} t={t} />
      {board.totals.claims === 0 ? (
        <p className="empty-state">{t('boardNoClaims')}</p>
      ) : (
        <>
          <BoardFilters query={query} speakers={board.speakers.map((label) => [label, speakerName(label)])} t={t} />
          {board.spans.length === 0 && <p className="empty-state">{t('boardEmpty')}</p>}
          {query.groupBySpeaker
            ? bySpeaker(board.spans).map(([label, spans]) => (
                <section key={label} className={styles.speakerGroup} aria-label={isolate(speakerName(label))}>
                  <h2 lang={CONTENT_LANG}>
                    <UserText>{speakerName(label)}</UserText>
                  </h2>
                  {spans.map(card)}
                </section>
              ))
            : board.spans.map(card)}
        </>
      )}
    </div>
  );
}
