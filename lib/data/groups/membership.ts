import 'server-only';
import type { GroupRole, Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { MODERATOR_ROLES, activeMemberGroupWhere, memberGroupWhere } from './access-rule';

/** What a membership change did, for revalidating the group's pages. */
export interface MembershipResult {
  groupId: string;
  userId: string;
  role: GroupRole | null;
}

/**
 * Locks the group row so membership changes of one group run one after another (two owners
 * leaving at once cannot leave the group without an owner).
 */
async function lockGroup(tx: Prisma.TransactionClient, groupId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
}

/** The current membership of `userId` in `groupId`, or null. */
function activeMembership(tx: Prisma.TransactionClient, groupId: string, userId: string) {
  return tx.groupMembership.findFirst({ where: { groupId, userId, removedAt: null }, select: { role: true } });
}

/** Throws unless the group keeps another current owner besides `userId`. */
async function requireAnotherOwner(tx: Prisma.TransactionClient, groupId: string, userId: string): Promise<void> {
  const others = await tx.groupMembership.count({ where: { groupId, role: 'owner', removedAt: null, userId: { not: userId } } });
  if (others === 0) throw new AppError('invalid', 'A group needs an owner: make someone else owner first');
}

/**
 * Joins the non-archived group whose join code is `code` as a member. Joining again after
 * leaving re-activates the membership as a plain member; after removal by a moderator it is
 * refused until an owner or moderator lets them back in (liftBan), so an unchanged code does
 * not undo a removal. A current member keeps their role. Unknown code or archived group:
 * AppError('not_found').
 */
export async function joinGroup(viewer: Viewer, code: string): Promise<MembershipResult> {
  return getPrisma().$transaction(async (tx) => {
    const group = await tx.group.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true } });
    if (!group) throw new AppError('not_found', 'No active group has this join code');
    await lockGroup(tx, group.id);
    const current = await activeMembership(tx, group.id, viewer.id);
    if (current) return { groupId: group.id, userId: viewer.id, role: current.role };
    const banned = await tx.groupMembership.findFirst({ where: { groupId: group.id, userId: viewer.id, bannedAt: { not: null } }, select: { groupId: true } });
    if (banned) throw new AppError('invalid', 'You were removed from this group; ask its owner to let you back in');
    await tx.groupMembership.upsert({
      where: { groupId_userId: { groupId: group.id, userId: viewer.id } },
      create: { groupId: group.id, userId: viewer.id, role: 'member' },
      update: { role: 'member', removedAt: null, joinedAt: new Date() },
    });
    return { groupId: group.id, userId: viewer.id, role: 'member' };
  });
}

/** Leaves a group the viewer belongs to; the only owner cannot leave (AppError('invalid')). */
export async function leaveGroup(viewer: Viewer, groupId: string): Promise<MembershipResult> {
  return getPrisma().$transaction(async (tx) => {
    await lockGroup(tx, groupId);
    const mine = await activeMembership(tx, groupId, viewer.id);
    if (!mine) throw new AppError('not_found');
    if (mine.role === 'owner') await requireAnotherOwner(tx, groupId, viewer.id);
    await tx.groupMembership.update({ where: { groupId_userId: { groupId, userId: viewer.id } }, data: { removedAt: new Date() } });
    return { groupId, userId: viewer.id, role: null };
  });
}

/**
 * Removes `userId` from the group; their access to its annotations ends at once. Owners may
 * remove anyone else; moderators anyone but owners. Leaving oneself is leaveGroup. A group the
 * viewer does not moderate, or a target they may not remove: AppError('not_found').
 */
export async function removeMember(viewer: Viewer, groupId: string, userId: string): Promise<MembershipResult> {
  if (userId === viewer.id) throw new AppError('invalid', 'Use "leave group" to leave');
  return getPrisma().$transaction(async (tx) => {
    await lockGroup(tx, groupId);
    const group = await tx.group.findFirst({ where: { id: groupId, ...memberGroupWhere(viewer, MODERATOR_ROLES) }, select: { id: true } });
    const mine = group && (await activeMembership(tx, groupId, viewer.id));
    const target = mine && (await activeMembership(tx, groupId, userId));
    if (!mine || !target || (target.role === 'owner' && mine.role !== 'owner')) throw new AppError('not_found');
    const now = new Date();
    await tx.groupMembership.update({ where: { groupId_userId: { groupId, userId } }, data: { removedAt: now, bannedAt: now } });
    return { groupId, userId, role: null };
  });
}

/**
 * Lets a removed member join again with the join code (they are not re-added: they join
 * themselves). Owners and moderators of the group only; anything else: AppError('not_found').
 */
export async function liftBan(viewer: Viewer, groupId: string, userId: string): Promise<MembershipResult> {
  return getPrisma().$transaction(async (tx) => {
    const group = await tx.group.findFirst({ where: { id: groupId, ...memberGroupWhere(viewer, MODERATOR_ROLES) }, select: { id: true } });
    const { count } = group
      ? await tx.groupMembership.updateMany({ where: { groupId, userId, removedAt: { not: null }, bannedAt: { not: null } }, data: { bannedAt: null } })
      : { count: 0 };
    if (count === 0) throw new AppError('not_found');
    return { groupId, userId, role: null };
  });
}

/**
 * Gives a current member of an active group the viewer owns a new role (owners only). An owner
 * demoting themselves must leave another owner behind.
 */
export async function setMemberRole(viewer: Viewer, groupId: string, userId: string, role: GroupRole): Promise<MembershipResult> {
  return getPrisma().$transaction(async (tx) => {
    await lockGroup(tx, groupId);
    const group = await tx.group.findFirst({ where: { id: groupId, ...activeMemberGroupWhere(viewer, ['owner']) }, select: { id: true } });
    const target = group && (await activeMembership(tx, groupId, userId));
    if (!target) throw new AppError('not_found');
    if (target.role === 'owner' && role !== 'owner') await requireAnotherOwner(tx, groupId, userId);
    await tx.groupMembership.update({ where: { groupId_userId: { groupId, userId } }, data: { role } });
    return { groupId, userId, role };
  });
}
