import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { memberGroupWhere } from '@/lib/data/groups/access-rule';

/**
 * The one rule for who may read a transcript, as a `where` clause, so checking and fetching are
 * one query. Signed out: public ones. Signed in: public ones, the viewer's own (whatever their
 * visibility) and `group` ones of groups the viewer currently belongs to (membership is read in
 * the query, so removal revokes at once; an archived group's members keep reading). Editors get
 * nothing more: the role lets them publish what they may read, not read others' libraries.
 * Everything that belongs to a transcript (turns, annotations, links, coverage, claims,
 * assignments) is readable only through a transcript this rule lets through; a transcript the
 * viewer may not see is "not found" on every path.
 */
export function visibleTranscriptWhere(viewer: Viewer | null): Prisma.TranscriptWhereInput {
  if (!viewer) return { visibility: 'public' };
  return { OR: [{ visibility: 'public' }, { ownerId: viewer.id }, { visibility: 'group', group: memberGroupWhere(viewer) }] };
}

/** The visible transcript `slug` with a current version (older versions are history), as a `where` clause. */
export function visibleCurrentTranscriptWhere(viewer: Viewer | null, slug: string): Prisma.TranscriptWhereInput {
  return { AND: [{ slug, currentVersionId: { not: null } }, visibleTranscriptWhere(viewer)] };
}

/** Turns of the current version of a transcript the viewer may see (optionally only `slug`'s). */
export function visibleCurrentTurnWhere(viewer: Viewer | null, slug?: string): Prisma.TurnWhereInput {
  return { version: { currentOf: { is: { AND: [slug === undefined ? {} : { slug }, visibleTranscriptWhere(viewer)] } } } };
}
