'use server';

import { redirect } from 'next/navigation';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { AppErrorCode } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/dictionary';
import * as groups from './group-actions';
import type { ActionResult } from './validated-action';

/**
 * Form-post adapters over lib/actions/group-actions.ts for `useActionState`, so the groups
 * pages work without JavaScript too. Each reads its fields from the posted form, runs the
 * validated action and answers `{ error }` (a message for the form's alert) or redirects.
 */
export interface GroupFormState {
  error: string | null;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

/** The message for a failed action; `texts` names clearer, translated texts for some error codes. */
async function failure(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  texts: Partial<Record<AppErrorCode, MessageKey>> = {},
): Promise<GroupFormState> {
  const { t } = await getI18n();
  const key = result.code === 'error' ? undefined : texts[result.code];
  if (key) return { error: t(key) };
  if (result.code === 'error') return { error: t('groupsErrorGeneric') };
  return { error: result.error };
}

const done = (): GroupFormState => ({ error: null });

export async function createGroupFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const kind = field(form, 'kind') === 'class' ? 'class' : 'team';
  const result = await groups.createGroupAction({ name: field(form, 'name'), kind });
  if (!result.ok) return failure(result);
  redirect(`/groups/${encodeURIComponent(result.data.id)}`);
}

/** Joins by code (a POST, never on GET) and opens the group. */
export async function joinGroupFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const result = await groups.joinGroupAction({ code: field(form, 'code') });
  if (!result.ok) return failure(result, { not_found: 'groupsJoinInvalid', invalid: 'groupsCodeInvalid' });
  redirect(`/groups/${encodeURIComponent(result.data.groupId)}`);
}

export async function renameGroupFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const result = await groups.renameGroupAction({ groupId: field(form, 'groupId'), name: field(form, 'name') });
  return result.ok ? done() : failure(result);
}

export async function rotateJoinCodeFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const result = await groups.rotateJoinCodeAction({ groupId: field(form, 'groupId') });
  return result.ok ? done() : failure(result);
}

export async function archiveGroupFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const result = await groups.archiveGroupAction({ groupId: field(form, 'groupId') });
  return result.ok ? done() : failure(result);
}

/** Leaves the group and goes back to the list (the group's page is a 404 afterwards). */
export async function leaveGroupFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const result = await groups.leaveGroupAction({ groupId: field(form, 'groupId') });
  // The one refusal a member can meet here: the last owner cannot leave.
  if (!result.ok) return failure(result, { invalid: 'groupsLeaveNeedsOwner' });
  redirect('/groups');
}

export async function removeMemberFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const result = await groups.removeMemberAction({ groupId: field(form, 'groupId'), userId: field(form, 'userId') });
  return result.ok ? done() : failure(result);
}

export async function setMemberRoleFormAction(_: GroupFormState, form: FormData): Promise<GroupFormState> {
  const role = field(form, 'role');
  const result = await groups.setMemberRoleAction({
    groupId: field(form, 'groupId'),
    userId: field(form, 'userId'),
    role: role === 'owner' || role === 'moderator' ? role : 'member',
  });
  return result.ok ? done() : failure(result);
}
