import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { MODERATOR_ROLES, memberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/**
 * The one rule for who may read an annotation, as a `where` clause, so checking and fetching
 * are one query. Signed out: public ones. Signed in: public ones, the viewer's own (a `group`
 * one only while they still belong to its group: its thread holds the group's replies) and `group` ones of groups the viewer currently belongs to (archived groups stay
 * readable to their members; removal revokes at once). Never someone else's private one.
 * A hidden annotation (moderated) shows only to its author and its group's owners/moderators.
 * Deleted annotations stay readable only while they have replies (as tombstones that keep the
 * thread's shape). Classmates' assignment work may be hidden until its due date (assignmentWorkOpenTo).
 * Always only on a transcript the viewer may read (visibleTranscriptWhere): a public annotation
 * on a private transcript is not found, even by its author once they lose the transcript.
 */
export function visibleAnnotationWhere(viewer: Viewer | null): Prisma.AnnotationWhereInput {
  const readable: Prisma.AnnotationWhereInput[] = [{ visibility: 'public' }];
  const unhidden: Prisma.AnnotationWhereInput[] = [{ hiddenAt: null }];
  if (viewer) {
    readable.push(authoredWhileMemberWhere(viewer), { visibility: 'group', group: memberGroupWhere(viewer), OR: assignmentWorkOpenTo(viewer) });
    unhidden.push({ authorId: viewer.id }, { group: memberGroupWhere(viewer, MODERATOR_ROLES) });
  }
  return {
    AND: [{ transcript: visibleTranscriptWhere(viewer) }, { OR: readable }, { OR: unhidden }, { OR: [{ deletedAt: null }, { replies: { some: {} } }] }],
  };
}

/**
 * Group annotations that are not classmates' work still under wraps: work for an assignment
 * that hides classmates' work until a due date in the future is readable (besides by its
 * author, above) only by the class's owners (teachers) until then.
 */
function assignmentWorkOpenTo(viewer: Viewer): Prisma.AnnotationWhereInput[] {
  return [
    { assignmentId: null },
    { assignment: { OR: [{ hideClassmatesUntilDue: false }, { dueAt: null }, { dueAt: { lte: new Date() } }] } },
    { group: memberGroupWhere(viewer, ['owner']) },
  ];
}

/**
 * Annotations the viewer may change: their own, not deleted, and a `group` one only while they
 * still belong to its group, on a transcript they may still read (writes as strictly as reads).
 * Only authors edit and delete; any other write finds nothing and reports "not found".
 */
export function ownAnnotationWhere(viewer: Viewer, id: string): Prisma.AnnotationWhereInput {
  return { id, deletedAt: null, AND: [authoredWhileMemberWhere(viewer), { transcript: visibleTranscriptWhere(viewer) }] };
}

/** The viewer's own annotations, a `group` one only while they belong to its group. */
function authoredWhileMemberWhere(viewer: Viewer): Prisma.AnnotationWhereInput {
  return { authorId: viewer.id, OR: [{ visibility: { not: 'group' } }, { group: memberGroupWhere(viewer) }] };
}

/** Annotations on the current version of transcript `slug` (older versions' turns are history). */
export function currentVersionAnnotationWhere(slug: string): Prisma.AnnotationWhereInput {
  return { turn: { version: { currentOf: { is: { slug } } } } };
}
