'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { archiveAssignment, createAssignment, updateAssignment } from '@/lib/data/assignments';
import type { AssignmentSummary } from '@/lib/assignments/types';
import { assignmentIdInputSchema, createAssignmentInputSchema, updateAssignmentInputSchema } from '@/lib/validation/assignments';
import { assignmentFormInput, formValues, type AssignmentFormState } from './assignment-form-data';
import { validatedAction } from './validated-action';

/** Refreshes the pages that list the assignment and hands it on. */
function refreshed(assignment: AssignmentSummary): AssignmentSummary {
  revalidatePath('/assignments');
  revalidatePath(`/groups/${assignment.groupId}`);
  revalidatePath(`/groups/${assignment.groupId}/assignments/${assignment.id}`);
  return assignment;
}

/** Creates an assignment in a class the viewer teaches (lib/data/assignments.ts createAssignment). */
export const createAssignmentAction = validatedAction(createAssignmentInputSchema, async (input, viewer) => refreshed(await createAssignment(viewer, input)));

export const updateAssignmentAction = validatedAction(updateAssignmentInputSchema, async (input, viewer) => refreshed(await updateAssignment(viewer, input)));

export const archiveAssignmentAction = validatedAction(assignmentIdInputSchema, async ({ assignmentId }, viewer) =>
  refreshed(await archiveAssignment(viewer, assignmentId)),
);

/**
 * The new-assignment form (useActionState, works without JavaScript): on success, to the
 * assignment's dashboard; otherwise the error to show above the form, fields kept.
 */
export async function createAssignmentFormAction(_previous: AssignmentFormState, form: FormData): Promise<AssignmentFormState> {
  const result = await createAssignmentAction(assignmentFormInput(form));
  if (!result.ok) return { error: result.error, code: result.code, values: formValues(form) };
  redirect(`/groups/${result.data.groupId}/assignments/${result.data.id}`);
}

/** The edit form, as createAssignmentFormAction. */
export async function updateAssignmentFormAction(_previous: AssignmentFormState, form: FormData): Promise<AssignmentFormState> {
  const { groupId: _groupId, ...fields } = assignmentFormInput(form);
  void _groupId;
  const result = await updateAssignmentAction({ ...fields, assignmentId: String(form.get('assignmentId') ?? '') });
  if (!result.ok) return { error: result.error, code: result.code, values: formValues(form) };
  redirect(`/groups/${result.data.groupId}/assignments/${result.data.id}`);
}

/** Archives from a plain form post, then back to the class page. */
export async function archiveAssignmentFormAction(form: FormData): Promise<void> {
  const result = await archiveAssignmentAction({ assignmentId: String(form.get('assignmentId') ?? '') });
  redirect(result.ok ? `/groups/${result.data.groupId}` : '/assignments');
}
