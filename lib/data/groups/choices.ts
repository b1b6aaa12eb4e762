import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { listMyGroups } from './lifecycle';

/** What the reader needs about the viewer's groups to write and moderate group annotations. */
export interface ViewerGroupChoices {
  /** Active (not archived) groups, offered as visibilities of new and edited annotations. */
  groups: { id: string; name: string }[];
  /** Groups (archived ones too) the viewer owns or moderates: Hide/Unhide on their annotations. */
  moderatedGroupIds: string[];
}

/** The viewer's group choices; nothing for a signed-out reader. One query. */
export async function listGroupChoices(viewer: Viewer | null): Promise<ViewerGroupChoices> {
  if (!viewer) return { groups: [], moderatedGroupIds: [] };
  const mine = await listMyGroups(viewer);
  return {
    groups: mine.filter((g) => g.archivedAt === null).map((g) => ({ id: g.id, name: g.name })),
    moderatedGroupIds: mine.filter((g) => g.myRole === 'owner' || g.myRole === 'moderator').map((g) => g.id),
  };
}
