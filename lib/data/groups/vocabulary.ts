import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { normalizeTags } from '@/lib/tags/normalize-tag';
import type { AddTeamTagInput } from '@/lib/validation/team';
import { activeMemberGroupWhere, memberGroupWhere } from './access-rule';
import type { TeamVocabulary } from './team-types';

/** Teams the viewer owns and that are not archived: the only ones whose vocabulary changes. */
const ownedTeamWhere = (viewer: Viewer, groupId: string) => ({ id: groupId, kind: 'team' as const, ...activeMemberGroupWhere(viewer, ['owner']) });

/** The vocabulary of a team the viewer belongs to (tags in alphabetical order), else null. */
export async function getTeamVocabulary(viewer: Viewer, groupId: string): Promise<TeamVocabulary | null> {
  const group = await getPrisma().group.findFirst({
    where: { id: groupId, kind: 'team', ...memberGroupWhere(viewer) },
    select: { id: true, tagVocabularyClosed: true, tags: { orderBy: { normalized: 'asc' }, select: { id: true, name: true, description: true } } },
  });
  if (!group) return null;
  return { groupId: group.id, closed: group.tagVocabularyClosed, tags: group.tags };
}

async function readBack(viewer: Viewer, groupId: string): Promise<TeamVocabulary> {
  const vocabulary = await getTeamVocabulary(viewer, groupId);
  if (!vocabulary) throw new AppError('not_found');
  return vocabulary;
}

/**
 * Adds a tag to the vocabulary of an active team the viewer owns (else AppError('not_found')).
 * The name is normalised like annotation tags; adding a spelling of a tag already there
 * updates its description and keeps the first spelling.
 */
export async function addTeamTag(viewer: Viewer, input: AddTeamTagInput): Promise<TeamVocabulary> {
  const normalized = normalizeTags([input.name]);
  if (!normalized.ok) throw new AppError('invalid', normalized.error);
  const tag = normalized.tags[0];
  if (!tag) throw new AppError('invalid', 'Give the tag a name');
  const description = input.description || null;
  await getPrisma().$transaction(async (tx) => {
    const group = await tx.group.findFirst({ where: ownedTeamWhere(viewer, input.groupId), select: { id: true } });
    if (!group) throw new AppError('not_found');
    await tx.groupTag.upsert({
      where: { groupId_normalized: { groupId: group.id, normalized: tag.normalized } },
      create: { groupId: group.id, name: tag.name, normalized: tag.normalized, description },
      update: { description },
    });
  });
  return readBack(viewer, input.groupId);
}

/** Removes a tag from the vocabulary of an active team the viewer owns (else AppError('not_found')). */
export async function removeTeamTag(viewer: Viewer, groupId: string, tagId: string): Promise<TeamVocabulary> {
  const { count } = await getPrisma().groupTag.deleteMany({ where: { id: tagId, groupId, group: ownedTeamWhere(viewer, groupId) } });
  if (count === 0) throw new AppError('not_found');
  return readBack(viewer, groupId);
}

/**
 * Opens or closes the vocabulary of an active team the viewer owns (else AppError('not_found')).
 * Closing affects later writes only (lib/data/team-vocabulary-rule.ts); stored tags stay.
 */
export async function setTeamVocabularyClosed(viewer: Viewer, groupId: string, closed: boolean): Promise<TeamVocabulary> {
  const { count } = await getPrisma().group.updateMany({ where: ownedTeamWhere(viewer, groupId), data: { tagVocabularyClosed: closed } });
  if (count === 0) throw new AppError('not_found');
  return readBack(viewer, groupId);
}
