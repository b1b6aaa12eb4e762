'use server';

import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n/get-i18n';
import { joinCodeSchema, type GroupRoleName } from '@/lib/validation/groups';
import { formAction } from './form-action';
import * as groups from './group-actions';

// The groups pages' forms (useActionState, so they work without JavaScript too): each maps its
// fields onto an action of group-actions.ts and redirects or stays with the error for its alert.

/** Anything unexpected gets the groups pages' own generic text. */
const GENERIC = { error: 'groupsErrorGeneric' } as const;

/** Creates a group and opens it; an unknown kind counts as a team. */
export const createGroupFormAction = formAction({
  input: (f) => ({ name: f.name ?? '', kind: f.kind === 'class' ? ('class' as const) : ('team' as const) }),
  run: groups.createGroupAction,
  messages: GENERIC,
  success: (group) => redirect(`/groups/${encodeURIComponent(group.id)}`),
});

/**
 * Joins by code (a POST, never on GET) and opens the group. A code that cannot be one gets the
 * form's own hint; a well-formed code the data layer refuses keeps the action's message (a
 * removed member is told to ask the owner to let them back in).
 */
export const joinGroupFormAction = formAction({
  input: (f) => ({ code: f.code ?? '' }),
  run: async (input) =>
    joinCodeSchema.safeParse(input.code).success
      ? groups.joinGroupAction(input)
      : { ok: false as const, code: 'invalid' as const, error: (await getI18n()).t('groupsCodeInvalid') },
  messages: { ...GENERIC, not_found: 'groupsJoinInvalid' },
  success: (joined) => redirect(`/groups/${encodeURIComponent(joined.groupId)}`),
});

/** Renames the group; stays on its page. */
export const renameGroupFormAction = formAction({
  input: (f) => ({ groupId: f.groupId ?? '', name: f.name ?? '' }),
  run: groups.renameGroupAction,
  messages: GENERIC,
});

/** Gives the group a new join code (the old one stops working); stays on its page. */
export const rotateJoinCodeFormAction = formAction({ input: (f) => ({ groupId: f.groupId ?? '' }), run: groups.rotateJoinCodeAction, messages: GENERIC });

/** Archives the group; stays on its page. */
export const archiveGroupFormAction = formAction({ input: (f) => ({ groupId: f.groupId ?? '' }), run: groups.archiveGroupAction, messages: GENERIC });

/** Leaves the group and goes back to the list (the group's page is a 404 afterwards). */
export const leaveGroupFormAction = formAction({
  input: (f) => ({ groupId: f.groupId ?? '' }),
  run: groups.leaveGroupAction,
  // The one refusal a member can meet here: the last owner cannot leave.
  messages: { ...GENERIC, invalid: 'groupsLeaveNeedsOwner' },
  success: () => redirect('/groups'),
});

/** Removes a member; stays on the group's page. */
export const removeMemberFormAction = formAction({
  input: (f) => ({ groupId: f.groupId ?? '', userId: f.userId ?? '' }),
  run: groups.removeMemberAction,
  messages: GENERIC,
});

/** Lets a removed member join again; stays on the group's page (the list of removed members shrinks). */
export const liftBanFormAction = formAction({
  input: (f) => ({ groupId: f.groupId ?? '', userId: f.userId ?? '' }),
  run: groups.liftBanAction,
  messages: GENERIC,
});

/** The posted role; anything but owner or moderator means member. */
const memberRole = (role: string | undefined): GroupRoleName => (role === 'owner' || role === 'moderator' ? role : 'member');

/** Sets a member's role. */
export const setMemberRoleFormAction = formAction({
  input: ({ groupId = '', userId = '', role }) => ({ groupId, userId, role: memberRole(role) }),
  run: groups.setMemberRoleAction,
  messages: GENERIC,
});
