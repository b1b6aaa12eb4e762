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
  const tags = [];
  for (const tag of result.tags) {
    tags.push(await tx.tag.upsert({ where: { normalized: tag.normalized }, create: tag, update: {}, select: { id: true } }));
  }
  await tx.annotationTag.deleteMany({ where: { annotationId } });
  if (tags.length) await tx.annotationTag.createMany({ data: tags.map((tag) => ({ annotationId, tagId: tag.id })) });
}
