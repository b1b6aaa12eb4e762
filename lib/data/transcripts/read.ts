import 'server-only';
import type { Prisma, Visibility } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import type { SpeakerRole } from '@/lib/transcript';
import { visibleCurrentTranscriptWhere, visibleTranscriptWhere } from './access-rule';

/** Who may read a transcript, as its reader is told: its visibility and whether it is the viewer's own. */
export interface TranscriptAccess {
  visibility: Visibility;
  /** The viewer imported it (owners may share it with a group or make it private again). */
  mine: boolean;
  /** The group that reads it with `group` visibility, else null. */
  groupId: string | null;
}

const accessSelect = { visibility: true, ownerId: true, groupId: true } as const;

function toAccess(row: { visibility: Visibility; ownerId: string | null; groupId: string | null }, viewer: Viewer | null): TranscriptAccess {
  return { visibility: row.visibility, mine: viewer !== null && row.ownerId === viewer.id, groupId: row.groupId };
}

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
  access: TranscriptAccess;
}

/** The current version of every transcript the viewer may read (visibleTranscriptWhere), newest press conference first. */
export async function listTranscripts(viewer: Viewer | null): Promise<TranscriptSummary[]> {
  const rows = await getPrisma().transcript.findMany({
    where: { AND: [{ currentVersionId: { not: null } }, visibleTranscriptWhere(viewer)] },
    orderBy: [{ heldAt: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }],
    select: summarySelect,
  });
  return rows.map((row) => toSummary(row, viewer));
}

/** What a TranscriptSummary is built from (shared with the library's pages). */
export const summarySelect = {
  id: true,
  slug: true,
  title: true,
  source: true,
  heldAt: true,
  timezone: true,
  ...accessSelect,
  currentVersion: { select: { version: true, summary: true, _count: { select: { turns: true, speakers: true } } } },
} as const;

/** A row of `summarySelect` as the summary a list shows. */
export function toSummary(row: Prisma.TranscriptGetPayload<{ select: typeof summarySelect }>, viewer: Viewer | null): TranscriptSummary {
  return {
    slug: row.slug,
    title: row.title,
    source: row.source,
    heldAt: row.heldAt?.toISOString() ?? null,
    timezone: row.timezone,
    summary: row.currentVersion?.summary ?? null,
    version: row.currentVersion?.version ?? 0,
    turnCount: row.currentVersion?._count.turns ?? 0,
    speakerCount: row.currentVersion?._count.speakers ?? 0,
    access: toAccess(row, viewer),
  };
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
  access: TranscriptAccess;
}

/**
 * The current version of transcript `slug` with its roster, turns and exchanges, or null when
 * there is none or the viewer may not read it (visibleTranscriptWhere: the page answers 404 for both).
 */
export async function getTranscriptForReader(viewer: Viewer | null, slug: string): Promise<ReaderTranscript | null> {
  const row = await getPrisma().transcript.findFirst({
    where: visibleCurrentTranscriptWhere(viewer, slug),
    select: {
      slug: true,
      title: true,
      source: true,
      heldAt: true,
      timezone: true,
      ...accessSelect,
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
    access: toAccess(row, viewer),
  };
}

/** A transcript's name and who may read it, without its text. */
export interface TranscriptHeader {
  slug: string;
  title: string;
  access: TranscriptAccess;
}

/**
 * The header of transcript `slug` (current version) when the viewer may read it, else null,
 * alike for an unknown transcript: a cheap check for paths that answer 404 for both.
 */
export async function getTranscriptHeader(viewer: Viewer | null, slug: string): Promise<TranscriptHeader | null> {
  const row = await getPrisma().transcript.findFirst({ where: visibleCurrentTranscriptWhere(viewer, slug), select: { slug: true, title: true, ...accessSelect } });
  return row ? { slug: row.slug, title: row.title, access: toAccess(row, viewer) } : null;
}
