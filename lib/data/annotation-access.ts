import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';

/**
 * The one rule for who may read an annotation, as a `where` clause, so checking and fetching
 * are one query. Signed out: public ones. Signed in: public ones and the viewer's own (any
 * visibility). Deleted annotations stay readable only while they have replies (as tombstones
 * that keep the thread's shape). Group visibility becomes one more entry in `readable`.
 */
export function visibleAnnotationWhere(viewer: Viewer | null): Prisma.AnnotationWhereInput {
  const readable: Prisma.AnnotationWhereInput[] = [{ visibility: 'public' }];
  if (viewer) readable.push({ authorId: viewer.id });
  return {
    AND: [{ OR: readable }, { OR: [{ deletedAt: null }, { replies: { some: {} } }] }],
  };
}

/**
 * Annotations the viewer may change: their own, not deleted. Only authors edit and delete; any
 * other write finds nothing and reports "not found".
 */
export function ownAnnotationWhere(viewer: Viewer, id: string): Prisma.AnnotationWhereInput {
  return { id, authorId: viewer.id, deletedAt: null };
}

/** Annotations on the current version of transcript `slug` (older versions' turns are history). */
export function currentVersionAnnotationWhere(slug: string): Prisma.AnnotationWhereInput {
  return { turn: { version: { currentOf: { is: { slug } } } } };
}
