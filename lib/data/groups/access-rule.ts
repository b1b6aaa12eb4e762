import 'server-only';
import type { GroupRole, Prisma, Visibility } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { AppError } from '@/lib/errors';

/** Roles that moderate a group: see its join code, remove members, hide its annotations. */
export const MODERATOR_ROLES: GroupRole[] = ['owner', 'moderator'];

/**
 * Groups `viewer` currently belongs to (optionally with one of `roles`), as a `where` clause.
 * Membership is read on every query, so removal takes effect at once.
 */
export function memberGroupWhere(viewer: Viewer, roles?: GroupRole[]): Prisma.GroupWhereInput {
  return { members: { some: { userId: viewer.id, removedAt: null, ...(roles ? { role: { in: roles } } : {}) } } };
}

/** Groups open to joining, renaming and new annotations: not archived. */
export function activeMemberGroupWhere(viewer: Viewer, roles?: GroupRole[]): Prisma.GroupWhereInput {
  return { archivedAt: null, ...memberGroupWhere(viewer, roles) };
}

/**
 * The `groupId` to store with an annotation, a link or a link judgment of `visibility`: for
 * `group`, the given group when the viewer currently belongs to it and it is not archived (else
 * AppError('not_found'), like a group that does not exist); otherwise null. A group id without
 * `group` visibility, or the reverse, is AppError('invalid').
 */
export async function groupIdForVisibility(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  visibility: Visibility,
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
