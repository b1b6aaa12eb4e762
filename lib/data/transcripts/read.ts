import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { SpeakerRole } from '@/lib/transcript';

export interface TranscriptSummary {
  slug: string;
  title: string;
  source: string | null;
  /** ISO 8601 (UTC); show it in `timezone`. */
  heldAt: string | null;
  /** IANA zone (or `UTC±hh:mm`) the event's clock times are in. */
  timezone: string;
  summary: string | null;
  version: number;
  turnCount: number;
  speakerCount: number;
}

/** Every transcript's current version, newest press conference first. */
export async function listTranscripts(): Promise<TranscriptSummary[]> {
  const rows = await getPrisma().transcript.findMany({
    where: { currentVersionId: { not: null } },
    orderBy: [{ heldAt: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }],
    select: {
      slug: true,
      title: true,
      source: true,
      heldAt: true,
      timezone: true,
      currentVersion: { select: { version: true, summary: true, _count: { select: { turns: true, speakers: true } } } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    source: row.source,
    heldAt: row.heldAt?.toISOString() ?? null,
    timezone: row.timezone,
    summary: row.currentVersion?.summary ?? null,
    version: row.currentVersion?.version ?? 0,
    turnCount: row.currentVersion?._count.turns ?? 0,
    speakerCount: row.currentVersion?._count.speakers ?? 0,
  }));
}

export interface ReaderSpeaker {
  label: string;
  name: string | null;
  title: string | null;
  organization: string | null;
  role: SpeakerRole;
  turnCount: number;
}

export interface ReaderTurn {
  index: number;
  speaker: string;
  role: SpeakerRole;
  /** ISO 8601 (UTC); the reader shows it in the transcript's timezone. */
  postedAt: string | null;
  text: string;
}

export interface ReaderExchange {
  index: number;
  question: number;
  answers: number[];
}

export interface ReaderTranscript {
  slug: string;
  title: string;
  source: string | null;
  summary: string | null;
  heldAt: string | null;
  timezone: string;
  version: number;
  speakers: ReaderSpeaker[];
  turns: ReaderTurn[];
  exchanges: ReaderExchange[];
}

/** The current version of one transcript with its roster, turns and exchanges, or null. */
export async function getTranscriptForReader(slug: string): Promise<ReaderTranscript | null> {
  const row = await getPrisma().transcript.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      source: true,
      heldAt: true,
      timezone: true,
      currentVersion: {
        select: {
          version: true,
          summary: true,
          speakers: {
            orderBy: { position: 'asc' },
            select: { label: true, name: true, title: true, organization: true, role: true, _count: { select: { turns: true } } },
          },
          turns: {
            orderBy: { index: 'asc' },
            select: { index: true, postedAt: true, text: true, speaker: { select: { label: true, role: true } } },
          },
          exchanges: {
            orderBy: { index: 'asc' },
            select: {
              index: true,
              questionTurn: { select: { index: true } },
              answers: { orderBy: { position: 'asc' }, select: { turn: { select: { index: true } } } },
            },
          },
        },
      },
    },
  });
  const version = row?.currentVersion;
  if (!row || !version) return null;
  return {
    slug: row.slug,
    title: row.title,
    source: row.source,
    summary: version.summary,
    heldAt: row.heldAt?.toISOString() ?? null,
    timezone: row.timezone,
    version: version.version,
    speakers: version.speakers.map(({ _count, ...speaker }) => ({ ...speaker, turnCount: _count.turns })),
    turns: version.turns.map((turn) => ({
      index: turn.index,
      speaker: turn.speaker.label,
      role: turn.speaker.role,
      postedAt: turn.postedAt?.toISOString() ?? null,
      text: turn.text,
    })),
    exchanges: version.exchanges.map((exchange) => ({
      index: exchange.index,
      question: exchange.questionTurn.index,
      answers: exchange.answers.map((answer) => answer.turn.index),
    })),
  };
}
