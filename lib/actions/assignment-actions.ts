'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { archiveAssignment, createAssignment, updateAssignment } from '@/lib/data/assignments';
import type { AssignmentSummary } from '@/lib/assignments/types';
import { assignmentIdInputSchema, createAssignmentInputSchema, updateAssignmentInputSchema } from '@/lib/validation/assignments';
import { assignmentFormInput } from './assignment-form-data';
import { formAction, formPost, type FormFields } from './form-action';
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

/** Changes an assignment of a class the viewer teaches (its class stays). */
export const updateAssignmentAction = validatedAction(updateAssignmentInputSchema, async (input, viewer) => refreshed(await updateAssignment(viewer, input)));

/** Archives an assignment of a class the viewer teaches. */
export const archiveAssignmentAction = validatedAction(assignmentIdInputSchema, async ({ assignmentId }, viewer) =>
  refreshed(await archiveAssignment(viewer, assignmentId)),
);

// ---- Forms (work without JavaScript): on success to the assignment's dashboard; otherwise the
// error above the form, with every field sent back so the form shows them again.

const toDashboard = (assignment: AssignmentSummary) => redirect(`/groups/${assignment.groupId}/assignments/${assignment.id}`);
const everyField = (fields: FormFields) => fields as Record<string, string>;

/** The new-assignment form (useActionState). */
export const createAssignmentFormAction = formAction({
  input: assignmentFormInput,
  run: createAssignmentAction,
  keep: everyField,
  success: toDashboard,
});

/** The edit form, as createAssignmentFormAction; the class is the assignment's own. */
export const updateAssignmentFormAction = formAction({
  input: (f) => {
    const { groupId: _groupId, ...fields } = assignmentFormInput(f);
    void _groupId;
    return { ...fields, assignmentId: f.assignmentId ?? '' };
  },
  run: updateAssignmentAction,
  keep: everyField,
  success: toDashboard,
});

/** Archives from a plain form post, then back to the class page (to My assignments when refused). */
export const archiveAssignmentFormAction = formPost(
  formAction({
    input: (f) => ({ assignmentId: f.assignmentId ?? '' }),
    run: archiveAssignmentAction,
    success: (assignment) => redirect(`/groups/${assignment.groupId}`),
    failure: () => redirect('/assignments'),
  }),
);
