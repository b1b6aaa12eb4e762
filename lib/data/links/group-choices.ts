import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { LinkGroupChoice, LinkVisibilityName } from './types';
import { activeMemberGroupWhere } from '@/lib/data/groups/access-rule';

/**
 * The groups the viewer may share a new link or judgment with: active (not archived) groups
 * they currently belong to, by name.
 */
export async function listLinkGroupChoices(viewer: Viewer): Promise<LinkGroupChoice[]> {
  return getPrisma().group.findMany({ where: activeMemberGroupWhere(viewer), orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } });
}

/**
 * The `groupId` to store with a link or judgment of `visibility` (mirrors annotationGroupId):
 * for `group`, the given group when the viewer currently belongs to it and it is not archived
 * (else AppError('not_found'), like a group that does not exist); otherwise null. A group id
 * without `group` visibility, or the reverse, is AppError('invalid').
 */
export async function linkGroupId(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  visibility: LinkVisibilityName,
  groupId: string | undefined,
): Promise<string | null> {
  if (visibility !== 'group') {
    if (groupId) throw new AppError('invalid', 'A group is only chosen with group visibility');
    return null;
  }
  if (!groupId) throw new AppError('invalid', 'Choose the group that may read this');
  const group = await tx.group.findFirst({ where: { id: groupId, ...activeMemberGroupWhere(viewer) }, select: { id: true } });
  if (!group) throw new AppError('not_found');
  return group.id;
}
