import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { MODERATOR_ROLES, memberGroupWhere } from './access-rule';

/** Someone an owner or moderator removed, who cannot rejoin with the join code until let back in. */
export interface BannedMemberView {
  userId: string;
  /** Display name only (never e-mail). */
  name: string;
  /** When they were removed (ISO 8601). */
  bannedAt: string;
}

/**
 * The people removed from `groupId` by an owner or moderator and not let back in yet, most
 * recently removed first: for the group's current owners and moderators, the same people
 * liftBan lets act. The access rule is part of the query; anyone else gets [], as for a group
 * that does not exist. Someone who left on their own is not listed (they may rejoin).
 */
export async function listBannedMembers(viewer: Viewer, groupId: string): Promise<BannedMemberView[]> {
  const rows = await getPrisma().groupMembership.findMany({
    where: { groupId, removedAt: { not: null }, bannedAt: { not: null }, group: memberGroupWhere(viewer, MODERATOR_ROLES) },
    select: { userId: true, bannedAt: true, user: { select: { name: true } } },
    orderBy: [{ bannedAt: 'desc' }, { userId: 'asc' }],
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, bannedAt: row.bannedAt!.toISOString() }));
}

/**
 * Whether the viewer was removed from `groupId` by an owner or moderator and not let back in,
 * so the join page can say so before they try (joinGroup refuses them either way). It tells
 * the viewer only about themselves.
 */
export async function isBannedFromGroup(viewer: Viewer, groupId: string): Promise<boolean> {
  const row = await getPrisma().groupMembership.findFirst({
    where: { groupId, userId: viewer.id, removedAt: { not: null }, bannedAt: { not: null } },
    select: { userId: true },
  });
  return row !== null;
}
