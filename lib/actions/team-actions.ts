'use server';

import { revalidatePath } from 'next/cache';
import { adjudicateClaim, addTeamTag, removeTeamTag, setTeamVocabularyClosed } from '@/lib/data/groups';
import { getI18n } from '@/lib/i18n/get-i18n';
import {
  adjudicateClaimInputSchema,
  addTeamTagInputSchema,
  removeTeamTagInputSchema,
  setVocabularyClosedInputSchema,
  type AdjudicateClaimInput,
} from '@/lib/validation/team';
import { validatedAction, type ActionResult } from './validated-action';

/** The group page shows the vocabulary; the boards follow its changes. */
function refreshGroup<T extends { groupId: string }>(data: T): T {
  revalidatePath(`/groups/${data.groupId}`);
  return data;
}

/** Adds a tag to a team's vocabulary (owners only; lib/data/team-vocabulary.ts). */
export const addTeamTagAction = validatedAction(addTeamTagInputSchema, async (input, viewer) => refreshGroup(await addTeamTag(viewer, input)));

export const removeTeamTagAction = validatedAction(removeTeamTagInputSchema, async ({ groupId, tagId }, viewer) =>
  refreshGroup(await removeTeamTag(viewer, groupId, tagId)),
);

export const setVocabularyClosedAction = validatedAction(setVocabularyClosedInputSchema, async ({ groupId, closed }, viewer) =>
  refreshGroup(await setTeamVocabularyClosed(viewer, groupId, closed)),
);

/** Records a decision on a disputed span (owners and moderators; lib/data/team-adjudication.ts). */
export const adjudicateClaimAction = validatedAction(adjudicateClaimInputSchema, async (input, viewer) => {
  const result = await adjudicateClaim(viewer, input);
  revalidatePath(`/groups/${result.groupId}/board/${encodeURIComponent(result.transcriptSlug)}`);
  return result;
});

// ---- Form-post adapters (for useActionState, so the forms also work without JavaScript) ----

/** What a team form shows after posting: the error for its alert, or nothing. */
export interface TeamFormState {
  error: string | null;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');
const integer = (form: FormData, name: string) => Number.parseInt(field(form, name), 10);

async function formResult(result: ActionResult<unknown>): Promise<TeamFormState> {
  if (result.ok) return { error: null };
  const { t } = await getI18n();
  if (result.code === 'error') return { error: t('teamErrorGeneric') };
  if (result.code === 'not_found') return { error: t('teamErrorNotFound') };
  return { error: result.error };
}

export async function addTeamTagFormAction(_: TeamFormState, form: FormData): Promise<TeamFormState> {
  const description = field(form, 'description').trim();
  return formResult(await addTeamTagAction({ groupId: field(form, 'groupId'), name: field(form, 'name'), description: description || undefined }));
}

export async function removeTeamTagFormAction(_: TeamFormState, form: FormData): Promise<TeamFormState> {
  return formResult(await removeTeamTagAction({ groupId: field(form, 'groupId'), tagId: field(form, 'tagId') }));
}

/** `closed` is "1" to close the vocabulary, anything else opens it. */
export async function setVocabularyClosedFormAction(_: TeamFormState, form: FormData): Promise<TeamFormState> {
  return formResult(await setVocabularyClosedAction({ groupId: field(form, 'groupId'), closed: field(form, 'closed') === '1' }));
}

export async function adjudicateClaimFormAction(_: TeamFormState, form: FormData): Promise<TeamFormState> {
  const note = field(form, 'note').trim();
  return formResult(
    await adjudicateClaimAction({
      groupId: field(form, 'groupId'),
      transcriptSlug: field(form, 'transcriptSlug'),
      turnIndex: integer(form, 'turnIndex'),
      start: integer(form, 'start'),
      end: integer(form, 'end'),
      type: field(form, 'type') as AdjudicateClaimInput['type'],
      status: field(form, 'status') as AdjudicateClaimInput['status'],
      note: note || undefined,
    }),
  );
}
