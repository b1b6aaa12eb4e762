import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { CreateAnnotationInput, UpdateAnnotationInput } from '@/lib/validation/annotations';
import { ownAnnotationWhere } from './access-rule';
import { verifyAnchor } from './anchor';
import { resolveAssignmentWork } from '@/lib/data/assignments/work';
import { groupIdForVisibility } from '@/lib/data/groups/access-rule';
import { checkTeamVocabulary } from '@/lib/data/groups/vocabulary-rule';
import { toStoredAnnotationBody } from './body';
import { replaceAnnotationTags } from './tags';
import type { AnnotationSummary } from './types';
import { getAnnotationSummary } from './read-lists';

/** Reads back what a write produced, as its author sees it. */
async function readBack(viewer: Viewer, id: string): Promise<AnnotationSummary> {
  const summary = await getAnnotationSummary(viewer, id);
  if (!summary) throw new AppError('not_found');
  return summary;
}

/**
 * Creates a highlight (`body` null or absent) or a note on a span of one turn of the current
 * version, with its tags and claim, in one transaction. The span is checked against the stored
 * turn text (offsets are code points); a claim starts `unverified` (other statuses need
 * evidence, see setClaim) and its first status is recorded in the history. `group` visibility
 * needs a `groupId` of a non-archived group the viewer belongs to (else AppError('not_found')).
 * `idempotency.key` (with the request's fingerprint) is stored with the row; a second create with the author's same key violates
 * the unique index (annotation-idempotency.ts turns that into the first row).
 */
export async function createAnnotation(
  viewer: Viewer,
  input: CreateAnnotationInput,
  idempotency?: { key: string; fingerprint: string },
): Promise<AnnotationSummary> {
  const id = await getPrisma().$transaction(async (tx) => {
    const { transcriptId, turnId, anchor } = await verifyAnchor(tx, viewer, input);
    const visibility = input.visibility ?? 'private';
    const groupId = await groupIdForVisibility(tx, viewer, visibility, input.groupId);
    const assignmentId = await resolveAssignmentWork(tx, viewer, { assignmentId: input.assignmentId, groupId, transcriptId, turnIndex: input.turnIndex, anchor });
    await checkTeamVocabulary(tx, groupId, input.tags ?? []);
    const claimStatus = input.claim ? (input.claim.status ?? 'unverified') : null;
    if (claimStatus && claimStatus !== 'unverified') {
      throw new AppError('invalid', `Evidence is required for status ${claimStatus}; create the claim, then add evidence`);
    }
    const created = await tx.annotation.create({
      data: {
        transcriptId,
        turnId,
        authorId: viewer.id,
        // Unique per author: a repeated submit fails here (see createAnnotationOnce).
        idempotencyKey: idempotency?.key ?? null,
        idempotencyFingerprint: idempotency?.fingerprint ?? null,
        visibility,
        groupId,
        assignmentId,
        start: anchor.start,
        end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        ...toStoredAnnotationBody(input.body),
        claimType: input.claim?.type ?? null,
        claimStatus,
      },
      select: { id: true },
    });
    if (input.tags?.length) await replaceAnnotationTags(tx, created.id, input.tags);
    if (claimStatus) await tx.claimStatusChange.create({ data: { annotationId: created.id, actorId: viewer.id, from: null, to: claimStatus } });
    return created.id;
  });
  return readBack(viewer, id);
}

/**
 * Changes the body (`null` turns a note into a highlight), visibility (with `groupId` for
 * `group`) or tags of the viewer's own annotation. Optimistic concurrency: the write only happens while the stored revision is
 * still `expectedRevision`; otherwise AppError('conflict'). Someone else's annotation, a
 * deleted or nonexistent one: AppError('not_found').
 */
export async function updateAnnotation(viewer: Viewer, id: string, input: Omit<UpdateAnnotationInput, 'id'>): Promise<AnnotationSummary> {
  await getPrisma().$transaction(async (tx) => {
    const data: Prisma.AnnotationUncheckedUpdateManyInput = { editedAt: new Date(), revision: { increment: 1 } };
    if (input.body !== undefined) Object.assign(data, toStoredAnnotationBody(input.body));
    const own = ownAnnotationWhere(viewer, id);
    if (input.visibility) {
      // Leaving `group` drops the group; a hidden annotation stays hidden whatever its visibility.
      data.visibility = input.visibility;
      data.groupId = await groupIdForVisibility(tx, viewer, input.visibility, input.groupId);
      await keepAssignmentWorkInClass(tx, own, data.groupId);
    } else if (input.groupId) {
      throw new AppError('invalid', 'A group is only chosen with group visibility');
    }
    // The row lock makes a concurrent update with the same revision wait, then match nothing.
    const { count } = await tx.annotation.updateMany({ where: { ...own, revision: input.expectedRevision }, data });
    if (count === 0) {
      const exists = await tx.annotation.findFirst({ where: own, select: { id: true } });
      throw new AppError(exists ? 'conflict' : 'not_found');
    }
    if (input.tags || input.visibility) {
      const stored = await tx.annotation.findUniqueOrThrow({ where: { id }, select: { groupId: true, tags: { select: { tag: { select: { name: true } } } } } });
      await checkTeamVocabulary(tx, stored.groupId, input.tags ?? stored.tags.map((t) => t.tag.name));
    }
    if (input.tags) await replaceAnnotationTags(tx, id, input.tags);
  });
  return readBack(viewer, id);
}

/**
 * Work written for an assignment stays shared with exactly that class: otherwise a student could
 * publish it while classmates' work is still hidden until the due date.
 */
async function keepAssignmentWorkInClass(tx: Prisma.TransactionClient, own: Prisma.AnnotationWhereInput, groupId: string | null): Promise<void> {
  const row = await tx.annotation.findFirst({ where: own, select: { assignment: { select: { groupId: true } } } });
  if (row?.assignment && row.assignment.groupId !== groupId) {
    throw new AppError('invalid', 'Work for an assignment stays shared with its class');
  }
}

/** What deleting did: removed the row, or left a tombstone because the thread has replies. */
export interface DeletedAnnotation {
  id: string;
  transcriptSlug: string;
  tombstone: boolean;
}

/**
 * Deletes the viewer's own annotation. Without replies the row goes (with its tags, evidence
 * and history); with replies it becomes a tombstone: body and tags removed, `deletedAt` set,
 * so the thread keeps its shape. Anything else: AppError('not_found').
 */
export async function deleteAnnotation(viewer: Viewer, id: string): Promise<DeletedAnnotation> {
  return getPrisma().$transaction(async (tx) => {
    const own = ownAnnotationWhere(viewer, id);
    const row = await tx.annotation.findFirst({ where: own, select: { transcript: { select: { slug: true } } } });
    if (!row) throw new AppError('not_found');
    const transcriptSlug = row.transcript.slug;
    const removed = await tx.annotation.deleteMany({ where: { ...own, replies: { none: {} } } });
    if (removed.count === 1) return { id, transcriptSlug, tombstone: false };
    const { body, bodyText } = toStoredAnnotationBody(null);
    await tx.annotation.updateMany({ where: own, data: { deletedAt: new Date(), body, bodyText, revision: { increment: 1 } } });
    await tx.annotationTag.deleteMany({ where: { annotationId: id } });
    return { id, transcriptSlug, tombstone: true };
  });
}
