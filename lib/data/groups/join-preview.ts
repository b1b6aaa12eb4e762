import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { joinCodeSchema, type GroupKindName } from '@/lib/validation/groups';

/** What the join page shows before the reader decides to join. */
export interface JoinPreview {
  groupId: string;
  name: string;
  kind: GroupKindName;
  /** The viewer already belongs to the group (the page links to it instead of offering Join). */
  isMember: boolean;
}

/**
 * The active group a join code opens, for a signed-in reader holding the code; null for a
 * malformed, unknown or replaced code and for an archived group. The code is the access rule:
 * whoever holds it may join, so they may also see the group's name and kind first.
 */
export async function getJoinPreview(viewer: Viewer, code: string): Promise<JoinPreview | null> {
  const parsed = joinCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const group = await getPrisma().group.findFirst({
    where: { joinCode: parsed.data, archivedAt: null },
    select: { id: true, name: true, kind: true, members: { where: { userId: viewer.id, removedAt: null }, select: { userId: true } } },
  });
  if (!group) return null;
  return { groupId: group.id, name: group.name, kind: group.kind, isMember: group.members.length > 0 };
}
