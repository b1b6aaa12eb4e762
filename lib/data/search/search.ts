import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { resolveTimeZone } from '@/lib/format/time-zone';
import { matchText } from '@/lib/search/match';
import { parseSearchQuery, type SearchQuery } from '@/lib/search/query';
import { rankMatches } from '@/lib/search/rank';
import { highlightSnippet } from '@/lib/search/snippet';
import { normalizeTag } from '@/lib/tags/normalize-tag';
import type { SearchFilters, SearchKind } from '@/lib/validation/search';
import { visibleAnnotationWhere } from '@/lib/data/annotations/access-rule';
import { visibleCurrentTurnWhere, visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';
import type { SearchHit, SearchResults } from './types';

/** Most candidates read per kind; the corpus has hundreds, so this only bounds a huge store. */
const CANDIDATE_LIMIT = 2000;
export const SEARCH_PAGE_SIZE = 50;

interface Candidate {
  hit: Omit<SearchHit, 'segments' | 'related' | 'score'>;
  text: string;
}

const contains = (field: string, patterns: string[]) => patterns.map((p) => ({ [field]: { contains: p, mode: 'insensitive' as const } }));

/** The day (YYYY-MM-DD) an instant falls on in `zone`. */
function localDay(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: resolveTimeZone(zone), year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

const inRange = (date: string | null, filters: SearchFilters) =>
  (!filters.from && !filters.to) || (date !== null && (!filters.from || date >= filters.from) && (!filters.to || date <= filters.to));

const wants = (filters: SearchFilters, kind: SearchKind) =>
  (!filters.kind || filters.kind === kind) &&
  (kind === 'annotation' || (!filters.tag && !filters.status)) &&
  (kind !== 'chronicle' || !filters.speaker);

const transcriptHref = (slug: string) => `/transcripts/${encodeURIComponent(slug)}`;

async function turnCandidates(viewer: Viewer | null, query: SearchQuery, filters: SearchFilters): Promise<Candidate[]> {
  const rows = await getPrisma().turn.findMany({
    where: {
      AND: [visibleCurrentTurnWhere(viewer), filters.speaker ? { speaker: { label: filters.speaker } } : {}, { OR: contains('text', query.patterns) }],
    },
    orderBy: [{ versionId: 'asc' }, { index: 'asc' }],
    take: CANDIDATE_LIMIT,
    select: { id: true, index: true, text: true, speaker: { select: { label: true } }, version: { select: { transcript: { select: { slug: true, title: true, heldAt: true, timezone: true } } } } },
  });
  return rows.map((row) => {
    const { slug, title, heldAt, timezone } = row.version.transcript;
    return {
      text: row.text,
      hit: { kind: 'turn', id: row.id, href: `${transcriptHref(slug)}#turn-${row.index}`, source: title, speaker: row.speaker.label, turnIndex: row.index, date: heldAt ? localDay(heldAt, timezone) : null, status: null, tags: [] },
    };
  });
}

async function annotationCandidates(viewer: Viewer | null, query: SearchQuery, filters: SearchFilters): Promise<Candidate[]> {
  const rows = await getPrisma().annotation.findMany({
    where: {
      AND: [
        visibleAnnotationWhere(viewer),
        { deletedAt: null, turn: { version: { currentOf: { isNot: null } } } },
        filters.speaker ? { turn: { speaker: { label: filters.speaker } } } : {},
        filters.tag ? { tags: { some: { tag: { normalized: normalizeTag(filters.tag) } } } } : {},
        filters.status ? { claimStatus: filters.status } : {},
        { OR: [...contains('exact', query.patterns), ...contains('bodyText', query.patterns), { tags: { some: { tag: { OR: contains('name', query.patterns) } } } }] },
      ],
    },
    orderBy: { createdAt: 'desc' },
    take: CANDIDATE_LIMIT,
    select: {
      id: true,
      exact: true,
      bodyText: true,
      claimStatus: true,
      tags: { select: { tag: { select: { name: true } } } },
      turn: { select: { index: true, speaker: { select: { label: true } } } },
      transcript: { select: { title: true, heldAt: true, timezone: true } },
    },
  });
  return rows.map((row) => {
    const tags = row.tags.map((t) => t.tag.name);
    const { title, heldAt, timezone } = row.transcript;
    return {
      // The note first: it is the annotator's own words; the quote and tags still count.
      text: [row.bodyText, row.exact, tags.join(' ')].filter(Boolean).join('\n'),
      hit: { kind: 'annotation', id: row.id, href: `/annotations/${encodeURIComponent(row.id)}`, source: title, speaker: row.turn.speaker.label, turnIndex: row.turn.index, date: heldAt ? localDay(heldAt, timezone) : null, status: row.claimStatus, tags },
    };
  });
}

async function chronicleCandidates(query: SearchQuery): Promise<Candidate[]> {
  const prisma = getPrisma();
  const [chronicles, rows] = await Promise.all([
    prisma.chronicle.findMany({ orderBy: { slug: 'asc' }, select: { slug: true } }),
    prisma.chronicleEntry.findMany({
      where: { OR: contains('text', query.patterns) },
      orderBy: [{ date: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }],
      take: CANDIDATE_LIMIT,
      select: { id: true, key: true, text: true, date: true, chronicle: { select: { slug: true, title: true } } },
    }),
  ]);
  // The chronicle page gives the first chronicle plain `entry-<key>` ids, the others a slug prefix.
  const first = chronicles[0]?.slug;
  return rows.map((row) => {
    const prefix = row.chronicle.slug === first ? '' : `${row.chronicle.slug}-`;
    return {
      text: row.text,
      hit: { kind: 'chronicle', id: row.id, href: `/chronicle#entry-${prefix}${row.key}`, source: row.chronicle.title ?? row.chronicle.slug, speaker: null, turnIndex: null, date: row.date?.toISOString().slice(0, 10) ?? null, status: null, tags: [] },
    };
  });
}

async function collectionSizes(viewer: Viewer | null): Promise<Record<SearchKind, number>> {
  const prisma = getPrisma();
  const [turn, annotation, chronicle] = await Promise.all([
    prisma.turn.count({ where: visibleCurrentTurnWhere(viewer) }),
    prisma.annotation.count({ where: { AND: [visibleAnnotationWhere(viewer), { deletedAt: null }] } }),
    prisma.chronicleEntry.count(),
  ]);
  return { turn, annotation, chronicle };
}

/**
 * Searches the turns of the transcripts the viewer may read (current versions, visibleTranscriptWhere), the annotations the viewer may read and the
 * chronicle: Chinese-aware (no word boundaries needed; Traditional, full-width and case folded),
 * ranked by BM25 per kind, every term required, reworded matches as related. Null query: null.
 */
export async function search(viewer: Viewer | null, input: string, filters: SearchFilters): Promise<SearchResults | null> {
  const query = parseSearchQuery(input);
  if (!query) return null;
  const empty: Candidate[] = [];
  const [turns, annotations, entries, sizes] = await Promise.all([
    wants(filters, 'turn') ? turnCandidates(viewer, query, filters) : empty,
    wants(filters, 'annotation') ? annotationCandidates(viewer, query, filters) : empty,
    wants(filters, 'chronicle') ? chronicleCandidates(query) : empty,
    collectionSizes(viewer),
  ]);
  const counts: Record<SearchKind, number> = { turn: 0, annotation: 0, chronicle: 0 };
  const byKind: Array<[SearchKind, Candidate[]]> = [['turn', turns], ['annotation', annotations], ['chronicle', entries]];
  const ranked = byKind.flatMap(([kind, candidates]) => {
    const matched = candidates
      .filter((candidate) => inRange(candidate.hit.date, filters))
      .map((candidate) => {
        const match = matchText(candidate.text, query);
        return { item: { candidate, match }, match };
      });
    const kindRanked = rankMatches(matched, sizes[kind]);
    counts[kind] = kindRanked.length;
    return kindRanked;
  });
  ranked.sort((a, b) => Number(a.related) - Number(b.related) || b.score - a.score);
  const hits = ranked.slice(0, SEARCH_PAGE_SIZE).map(({ item: { candidate, match }, score, related }) => ({
    ...candidate.hit,
    segments: highlightSnippet(candidate.text, match.ranges),
    related,
    score,
  }));
  return { query: query.raw, hits, counts };
}

/** Speaker labels of the current versions of the transcripts the viewer may read, for the search form's speaker choice. */
export async function listSearchSpeakers(viewer: Viewer | null): Promise<string[]> {
  const rows = await getPrisma().speaker.findMany({
    where: { version: { currentOf: { is: visibleTranscriptWhere(viewer) } } },
    distinct: ['label'],
    orderBy: { label: 'asc' },
    select: { label: true },
  });
  return rows.map((row) => row.label);
}
