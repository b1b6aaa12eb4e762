'use server';

import { revalidatePath } from 'next/cache';
import {
  hideAnnotation,
  unhideAnnotation,
  joinGroup,
  leaveGroup,
  liftBan,
  removeMember,
  setMemberRole,
  archiveGroup,
  createGroup,
  renameGroup,
  rotateJoinCode,
} from '@/lib/data/groups';
import {
  annotationIdInputSchema,
  createGroupInputSchema,
  groupIdInputSchema,
  joinGroupInputSchema,
  removeMemberInputSchema,
  renameGroupInputSchema,
  setMemberRoleInputSchema,
} from '@/lib/validation/groups';
import { validatedAction } from './validated-action';

/** Refreshes the groups pages a write changed and hands the write's result on. */
function refreshed<T extends { groupId: string } | { id: string }>(data: T): T {
  revalidatePath('/groups');
  revalidatePath(`/groups/${'groupId' in data ? data.groupId : data.id}`);
  return data;
}

/** Creates a group with the viewer as owner (lib/data/groups.ts createGroup). */
export const createGroupAction = validatedAction(createGroupInputSchema, async (input, viewer) => refreshed(await createGroup(viewer, input)));

export const renameGroupAction = validatedAction(renameGroupInputSchema, async ({ groupId, name }, viewer) =>
  refreshed(await renameGroup(viewer, groupId, name)),
);

export const archiveGroupAction = validatedAction(groupIdInputSchema, async ({ groupId }, viewer) => refreshed(await archiveGroup(viewer, groupId)));

export const rotateJoinCodeAction = validatedAction(groupIdInputSchema, async ({ groupId }, viewer) =>
  refreshed(await rotateJoinCode(viewer, groupId)),
);

export const joinGroupAction = validatedAction(joinGroupInputSchema, async ({ code }, viewer) => refreshed(await joinGroup(viewer, code)));

export const leaveGroupAction = validatedAction(groupIdInputSchema, async ({ groupId }, viewer) => refreshed(await leaveGroup(viewer, groupId)));

export const removeMemberAction = validatedAction(removeMemberInputSchema, async ({ groupId, userId }, viewer) =>
  refreshed(await removeMember(viewer, groupId, userId)),
);

/**
 * Lets a member whom an owner or moderator removed join again with the join code (they are not
 * re-added: they join themselves). The group's owners and moderators only; anyone else, or
 * someone who is not banned, gets not_found. Same fields as removing: `groupId`, `userId`.
 */
export const liftBanAction = validatedAction(removeMemberInputSchema, async ({ groupId, userId }, viewer) =>
  refreshed(await liftBan(viewer, groupId, userId)),
);

export const setMemberRoleAction = validatedAction(setMemberRoleInputSchema, async ({ groupId, userId, role }, viewer) =>
  refreshed(await setMemberRole(viewer, groupId, userId, role)),
);

/** Hides a group annotation (the group's owners and moderators only). */
export const hideAnnotationAction = validatedAction(annotationIdInputSchema, async ({ annotationId }, viewer) => {
  const result = await hideAnnotation(viewer, annotationId);
  revalidatePath(`/transcripts/${result.transcriptSlug}`);
  return result;
});

export const unhideAnnotationAction = validatedAction(annotationIdInputSchema, async ({ annotationId }, viewer) => {
  const result = await unhideAnnotation(viewer, annotationId);
  revalidatePath(`/transcripts/${result.transcriptSlug}`);
  return result;
});
