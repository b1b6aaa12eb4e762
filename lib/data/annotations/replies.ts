import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { CreateReplyInput, UpdateReplyInput } from '@/lib/validation/annotations';
import { visibleAnnotationWhere } from './access-rule';
import { toStoredBody } from './body';
import type { ReplyView } from './types';
import { replySelect, toReplyView } from './reply-thread';

/** A reply as a write returns it, with the transcript to refresh. */
export type WrittenReply = ReplyView & { transcriptSlug: string };

/** The viewer's own live reply, on an annotation they may still see. */
function ownReplyWhere(viewer: Viewer, id: string): Prisma.AnnotationReplyWhereInput {
  return { id, authorId: viewer.id, deletedAt: null, annotation: visibleAnnotationWhere(viewer) };
}

const withSlug = { ...replySelect, annotation: { select: { transcript: { select: { slug: true } } } } } satisfies Prisma.AnnotationReplySelect;

/**
 * Replies to an annotation the viewer may see (or to a reply in its thread, `parentId`).
 * An annotation they may not see, a deleted one or an unknown parent: AppError('not_found').
 */
export async function createReply(viewer: Viewer, annotationId: string, input: Omit<CreateReplyInput, 'annotationId'>): Promise<WrittenReply> {
  const stored = toStoredBody(input.body);
  return getPrisma().$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({
      where: { AND: [{ id: annotationId, deletedAt: null }, visibleAnnotationWhere(viewer)] },
      select: { id: true },
    });
    if (!annotation) throw new AppError('not_found');
    if (input.parentId) {
      const parent = await tx.annotationReply.findFirst({ where: { id: input.parentId, annotationId: annotation.id, deletedAt: null }, select: { id: true } });
      if (!parent) throw new AppError('not_found');
    }
    const row = await tx.annotationReply.create({
      data: { annotationId: annotation.id, parentId: input.parentId ?? null, authorId: viewer.id, ...stored },
      select: withSlug,
    });
    return { ...toReplyView(row, viewer), transcriptSlug: row.annotation.transcript.slug };
  });
}

/** Changes the body of the viewer's own reply and marks it edited; anything else: not found. */
export async function updateReply(viewer: Viewer, id: string, input: Omit<UpdateReplyInput, 'id'>): Promise<WrittenReply> {
  const stored = toStoredBody(input.body);
  return getPrisma().$transaction(async (tx) => {
    const { count } = await tx.annotationReply.updateMany({ where: ownReplyWhere(viewer, id), data: { ...stored, editedAt: new Date() } });
    if (count === 0) throw new AppError('not_found');
    const row = await tx.annotationReply.findUniqueOrThrow({ where: { id }, select: withSlug });
    return { ...toReplyView(row, viewer), transcriptSlug: row.annotation.transcript.slug };
  });
}

/** What deleting a reply did: removed it, or left a tombstone because it has answers. */
export interface DeletedReply {
  id: string;
  annotationId: string;
  transcriptSlug: string;
  tombstone: boolean;
}

/**
 * Deletes the viewer's own reply. With answers it becomes a tombstone (body removed) so the
 * thread keeps its shape; without, it goes, and so do tombstones (parents, a deleted
 * annotation) left with nothing below them.
 */
export async function deleteReply(viewer: Viewer, id: string): Promise<DeletedReply> {
  return getPrisma().$transaction(async (tx) => {
    const row = await tx.annotationReply.findFirst({
      where: ownReplyWhere(viewer, id),
      select: { annotationId: true, parentId: true, annotation: { select: { transcript: { select: { slug: true } } } } },
    });
    if (!row) throw new AppError('not_found');
    const result = { id, annotationId: row.annotationId, transcriptSlug: row.annotation.transcript.slug };
    const removed = await tx.annotationReply.deleteMany({ where: { id, children: { none: {} } } });
    if (removed.count === 0) {
      await tx.annotationReply.update({ where: { id }, data: { deletedAt: new Date(), body: { type: 'doc', content: [] }, bodyText: '' } });
      return { ...result, tombstone: true };
    }
    let parentId = row.parentId;
    while (parentId) {
      const parent = await tx.annotationReply.findFirst({ where: { id: parentId, deletedAt: { not: null }, children: { none: {} } }, select: { parentId: true } });
      if (!parent) break;
      await tx.annotationReply.delete({ where: { id: parentId } });
      parentId = parent.parentId;
    }
    await tx.annotation.deleteMany({ where: { id: row.annotationId, deletedAt: { not: null }, replies: { none: {} } } });
    return { ...result, tombstone: false };
  });
}
