import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { normalizeTag } from '@/lib/tags/normalize-tag';

/**
 * Refuses tags outside a team's closed vocabulary on an annotation visible to `groupId`
 * (compared normalized, so `COVID` matches `covid`). Open vocabularies and classes take any tag.
 */
export async function checkTeamVocabulary(tx: Prisma.TransactionClient, groupId: string | null, tags: readonly string[]): Promise<void> {
  if (!groupId || tags.length === 0) return;
  const group = await tx.group.findUnique({
    where: { id: groupId },
    select: { kind: true, tagVocabularyClosed: true, tags: { select: { normalized: true } } },
  });
  if (!group || group.kind !== 'team' || !group.tagVocabularyClosed) return;
  const allowed = new Set(group.tags.map((tag) => tag.normalized));
  const outside = tags.find((tag) => !allowed.has(normalizeTag(tag)));
  if (outside !== undefined) throw new AppError('invalid', `Tag "${outside}" is not in the team's vocabulary`);
}
