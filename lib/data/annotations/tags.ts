import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { normalizeTags } from '@/lib/tags/normalize-tag';

/**
 * Replaces an annotation's tags inside the caller's transaction. Tags are shared rows keyed by
 * their normalised name; the first spelling anyone used stays the display name.
 */
export async function replaceAnnotationTags(tx: Prisma.TransactionClient, annotationId: string, names: readonly string[]): Promise<void> {
  const result = normalizeTags(names);
  if (!result.ok) throw new AppError('invalid', result.error);
  // INSERT … ON CONFLICT DO NOTHING, then read: two writers adding the same new tag at once both
  // succeed (an upsert is a read then an insert here, and the loser failed on the unique index).
  if (result.tags.length) await tx.tag.createMany({ data: result.tags, skipDuplicates: true });
  const tags = result.tags.length ? await tx.tag.findMany({ where: { normalized: { in: result.tags.map((tag) => tag.normalized) } }, select: { id: true } }) : [];
  await tx.annotationTag.deleteMany({ where: { annotationId } });
  if (tags.length) await tx.annotationTag.createMany({ data: tags.map((tag) => ({ annotationId, tagId: tag.id })) });
}
