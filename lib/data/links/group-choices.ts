import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import type { LinkGroupChoice } from './types';
import { activeMemberGroupWhere } from '@/lib/data/groups/access-rule';

/**
 * The groups the viewer may share a new link or judgment with: active (not archived) groups
 * they currently belong to, by name.
 */
export async function listLinkGroupChoices(viewer: Viewer): Promise<LinkGroupChoice[]> {
  return getPrisma().group.findMany({ where: activeMemberGroupWhere(viewer), orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } });
}
