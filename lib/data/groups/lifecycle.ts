import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type CreateGroupInput } from '@/lib/validation/groups';
import { MODERATOR_ROLES, activeMemberGroupWhere, memberGroupWhere } from './access-rule';
import type { GroupDetail, GroupSummary } from './types';

/** 10 base32 characters from the CSPRNG (256 is a multiple of 32, so every character is uniform). */
export function newJoinCode(): string {
  return Array.from(randomBytes(JOIN_CODE_LENGTH), (byte) => JOIN_CODE_ALPHABET[byte % 32]).join('');
}

const activeMembers = { where: { removedAt: null } } as const;

const groupSelect = {
  id: true,
  name: true,
  kind: true,
  archivedAt: true,
  createdAt: true,
  joinCode: true,
  members: {
    ...activeMembers,
    orderBy: { joinedAt: 'asc' },
    select: { userId: true, role: true, joinedAt: true, user: { select: { name: true } } },
  },
  _count: { select: { members: activeMembers } },
} satisfies Prisma.GroupSelect;

/** The groups the viewer currently belongs to (archived ones included), newest first. */
export async function listMyGroups(viewer: Viewer): Promise<GroupSummary[]> {
  const rows = await getPrisma().group.findMany({
    where: memberGroupWhere(viewer),
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      kind: true,
      archivedAt: true,
      members: { where: { userId: viewer.id, removedAt: null }, select: { role: true } },
      _count: { select: { members: activeMembers } },
    },
  });
  return rows.flatMap((row) => {
    const mine = row.members[0];
    if (!mine) return [];
    return [{ id: row.id, name: row.name, kind: row.kind, myRole: mine.role, memberCount: row._count.members, archivedAt: row.archivedAt?.toISOString() ?? null }];
  });
}

/** One group for a current member, else null. The join code shows to owners and moderators only. */
export async function getGroupForViewer(viewer: Viewer, id: string): Promise<GroupDetail | null> {
  const row = await getPrisma().group.findFirst({ where: { id, ...memberGroupWhere(viewer) }, select: groupSelect });
  const mine = row?.members.find((member) => member.userId === viewer.id);
  if (!row || !mine) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    myRole: mine.role,
    memberCount: row._count.members,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    joinCode: MODERATOR_ROLES.includes(mine.role) ? row.joinCode : null,
    members: row.members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role, joinedAt: m.joinedAt.toISOString() })),
  };
}

async function readBack(viewer: Viewer, id: string): Promise<GroupDetail> {
  const group = await getGroupForViewer(viewer, id);
  if (!group) throw new AppError('not_found');
  return group;
}

/** Creates a group; the creator is its first owner. */
export async function createGroup(viewer: Viewer, input: CreateGroupInput): Promise<GroupDetail> {
  const group = await getPrisma().group.create({
    data: {
      name: input.name,
      kind: input.kind,
      joinCode: newJoinCode(),
      createdById: viewer.id,
      members: { create: { userId: viewer.id, role: 'owner' } },
    },
    select: { id: true },
  });
  return readBack(viewer, group.id);
}

/** Applies `data` to an active group the viewer owns; anything else is AppError('not_found'). */
async function updateOwnedGroup(viewer: Viewer, id: string, data: Prisma.GroupUpdateManyMutationInput): Promise<void> {
  const { count } = await getPrisma().group.updateMany({ where: { id, ...activeMemberGroupWhere(viewer, ['owner']) }, data });
  if (count === 0) throw new AppError('not_found');
}

/** Renames an active group (owners only). */
export async function renameGroup(viewer: Viewer, id: string, name: string): Promise<GroupDetail> {
  await updateOwnedGroup(viewer, id, { name });
  return readBack(viewer, id);
}

/** A new join code for an active group (owners only); the old code stops working at once. */
export async function rotateJoinCode(viewer: Viewer, id: string): Promise<GroupDetail> {
  await updateOwnedGroup(viewer, id, { joinCode: newJoinCode() });
  return readBack(viewer, id);
}

/**
 * Archives a group (owners only): nobody can join it or annotate in it any more; its members
 * keep reading its annotations.
 */
export async function archiveGroup(viewer: Viewer, id: string): Promise<GroupDetail> {
  await updateOwnedGroup(viewer, id, { archivedAt: new Date() });
  return readBack(viewer, id);
}
