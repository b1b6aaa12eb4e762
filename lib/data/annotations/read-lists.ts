import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { normalizeTag } from '@/lib/tags/normalize-tag';
import { currentVersionAnnotationWhere, visibleAnnotationWhere } from './access-rule';
import { annotationSummarySelect, toAnnotationSummary } from './select';
import type { AnnotationFilters, AnnotationSummary, ClaimSummary } from './types';

/** The list filters as a `where` clause; `mine` with nobody signed in matches nothing. */
function filtersWhere(viewer: Viewer | null, filters: AnnotationFilters): Prisma.AnnotationWhereInput[] {
  const where: Prisma.AnnotationWhereInput[] = [];
  if (filters.tag) where.push({ tags: { some: { tag: { normalized: normalizeTag(filters.tag) } } } });
  if (filters.claimStatus) where.push({ claimStatus: filters.claimStatus });
  if (filters.claimType) where.push({ claimType: filters.claimType });
  if (filters.authorId) where.push({ authorId: filters.authorId });
  if (filters.speaker) where.push({ turn: { speaker: { label: filters.speaker } } });
  if (filters.mine) where.push(viewer ? { authorId: viewer.id } : { id: { in: [] } });
  // Filtering on content would reveal a tombstone's tags or claim; tombstones only show unfiltered.
  if (filters.tag || filters.claimStatus || filters.claimType) where.push({ deletedAt: null });
  return where;
}

/** Where clause of the annotations the viewer may see on the current version of `slug`. */
export function listWhere(viewer: Viewer | null, slug: string, filters: AnnotationFilters = {}): Prisma.AnnotationWhereInput {
  return { AND: [visibleAnnotationWhere(viewer), currentVersionAnnotationWhere(slug), ...filtersWhere(viewer, filters)] };
}

export const readingOrder = [{ turn: { index: 'asc' } }, { start: 'asc' }, { end: 'asc' }, { createdAt: 'asc' }] satisfies Prisma.AnnotationOrderByWithRelationInput[];

/**
 * The annotations the viewer may see on the current version of transcript `slug`, in reading
 * order (turn, then start offset). Unknown slug: an empty list.
 */
export async function listAnnotationsForTranscript(
  viewer: Viewer | null,
  slug: string,
  filters: AnnotationFilters = {},
): Promise<AnnotationSummary[]> {
  const rows = await getPrisma().annotation.findMany({
    where: listWhere(viewer, slug, filters),
    orderBy: readingOrder,
    select: annotationSummarySelect,
  });
  return rows.map((row) => toAnnotationSummary(row, viewer));
}

/** How many annotations (not deleted) the viewer may see on each turn: `{ [turnIndex]: count }`. */
export async function countAnnotationsByTurn(viewer: Viewer | null, slug: string): Promise<Record<number, number>> {
  const rows = await getPrisma().annotation.findMany({
    where: { AND: [listWhere(viewer, slug), { deletedAt: null }] },
    select: { turn: { select: { index: true } } },
  });
  const counts: Record<number, number> = {};
  for (const row of rows) counts[row.turn.index] = (counts[row.turn.index] ?? 0) + 1;
  return counts;
}

/**
 * The claims (annotations with a claim type, not deleted) the viewer may see on the current
 * version of `slug`, in reading order, each with its number of evidence items.
 */
export async function listClaimsForTranscript(
  viewer: Viewer | null,
  slug: string,
  filters: AnnotationFilters = {},
): Promise<ClaimSummary[]> {
  const rows = await getPrisma().annotation.findMany({
    where: { AND: [listWhere(viewer, slug, filters), { claimType: { not: null }, deletedAt: null }] },
    orderBy: readingOrder,
    select: { ...annotationSummarySelect, _count: { select: { replies: { where: { deletedAt: null } }, evidence: true } } },
  });
  return rows.map((row) => {
    const summary = toAnnotationSummary(row, viewer);
    return { ...summary, claim: summary.claim!, evidenceCount: row._count.evidence };
  });
}

/** One annotation the viewer may see, as in the list, or null (not visible or nonexistent). */
export async function getAnnotationSummary(viewer: Viewer | null, id: string): Promise<AnnotationSummary | null> {
  const row = await getPrisma().annotation.findFirst({
    where: { AND: [{ id }, visibleAnnotationWhere(viewer)] },
    select: annotationSummarySelect,
  });
  return row ? toAnnotationSummary(row, viewer) : null;
}
