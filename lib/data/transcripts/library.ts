import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { visibleTranscriptWhere } from './access-rule';
import { summarySelect, toSummary, type TranscriptSummary } from './read';

/** Which of the readable transcripts the library shows. */
export type LibraryFilter = 'all' | 'mine' | 'group' | 'public';

/** Transcripts per library page. */
export const LIBRARY_PAGE_SIZE = 20;

/** One page of the library and the cursor of the next one (null: the last page). */
export interface LibraryPage {
  transcripts: TranscriptSummary[];
  next: string | null;
}

/** A page cursor: the last row's heldAt (ISO, or `-` when undated) and id, as `heldAt_id`. */
function encodeCursor(row: { heldAt: Date | null; id: string }): string {
  return `${row.heldAt ? row.heldAt.toISOString() : '-'}_${row.id}`;
}

function decodeCursor(cursor: string | null | undefined): { heldAt: Date | null; id: string } | null {
  const match = cursor ? /^(-|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_([\w-]{1,64})$/.exec(cursor) : null;
  if (!match) return null;
  const heldAt = match[1] === '-' ? null : new Date(match[1]!);
  return heldAt && Number.isNaN(heldAt.getTime()) ? null : { heldAt, id: match[2]! };
}

/** Rows after the cursor in the order heldAt desc (undated last), id desc. */
function afterCursor(cursor: { heldAt: Date | null; id: string } | null): Prisma.TranscriptWhereInput {
  if (!cursor) return {};
  if (!cursor.heldAt) return { heldAt: null, id: { lt: cursor.id } };
  return { OR: [{ heldAt: { lt: cursor.heldAt } }, { heldAt: cursor.heldAt, id: { lt: cursor.id } }, { heldAt: null }] };
}

function filterWhere(viewer: Viewer | null, filter: LibraryFilter): Prisma.TranscriptWhereInput {
  if (filter === 'mine') return viewer ? { ownerId: viewer.id } : { id: { in: [] } };
  if (filter === 'group') return { visibility: 'group' };
  if (filter === 'public') return { visibility: 'public' };
  return {};
}

/**
 * One page of the transcripts the viewer may read (visibleTranscriptWhere, in the query), newest
 * press conference first (undated ones last), optionally only the viewer's own, those shared with
 * their groups, or the public ones. Keyset pages: `after` is the previous page's `next`
 * (a malformed one starts from the top).
 */
export async function listLibrary(
  viewer: Viewer | null,
  options: { filter?: LibraryFilter; after?: string | null; limit?: number } = {},
): Promise<LibraryPage> {
  const limit = Math.min(Math.max(options.limit ?? LIBRARY_PAGE_SIZE, 1), 100);
  const rows = await getPrisma().transcript.findMany({
    where: {
      AND: [{ currentVersionId: { not: null } }, visibleTranscriptWhere(viewer), filterWhere(viewer, options.filter ?? 'all'), afterCursor(decodeCursor(options.after))],
    },
    orderBy: [{ heldAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: limit + 1,
    select: summarySelect,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { transcripts: page.map((row) => toSummary(row, viewer)), next: rows.length > limit && last ? encodeCursor(last) : null };
}
