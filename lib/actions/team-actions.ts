'use server';

import { revalidatePath } from 'next/cache';
import { adjudicateClaim, addTeamTag, removeTeamTag, setTeamVocabularyClosed } from '@/lib/data/groups';
import {
  adjudicateClaimInputSchema,
  addTeamTagInputSchema,
  removeTeamTagInputSchema,
  setVocabularyClosedInputSchema,
  type AdjudicateClaimInput,
} from '@/lib/validation/team';
import { formAction } from './form-action';
import { validatedAction } from './validated-action';

/** The group page shows the vocabulary; the boards follow its changes. */
function refreshGroup<T extends { groupId: string }>(data: T): T {
  revalidatePath(`/groups/${data.groupId}`);
  return data;
}

/** Adds a tag to a team's vocabulary (owners only; lib/data/team-vocabulary.ts). */
export const addTeamTagAction = validatedAction(addTeamTagInputSchema, async (input, viewer) => refreshGroup(await addTeamTag(viewer, input)));

/** Removes a tag from a team's vocabulary (owners only). */
export const removeTeamTagAction = validatedAction(removeTeamTagInputSchema, async ({ groupId, tagId }, viewer) =>
  refreshGroup(await removeTeamTag(viewer, groupId, tagId)),
);

/** Closes or opens a team's vocabulary (owners only). */
export const setVocabularyClosedAction = validatedAction(setVocabularyClosedInputSchema, async ({ groupId, closed }, viewer) =>
  refreshGroup(await setTeamVocabularyClosed(viewer, groupId, closed)),
);

/** Records a decision on a disputed span (owners and moderators; lib/data/team-adjudication.ts). */
export const adjudicateClaimAction = validatedAction(adjudicateClaimInputSchema, async (input, viewer) => {
  const result = await adjudicateClaim(viewer, input);
  revalidatePath(`/groups/${result.groupId}/board/${encodeURIComponent(result.transcriptSlug)}`);
  return result;
});

// ---- Forms (useActionState, so they also work without JavaScript): each stays on the page ----

/** Unexpected errors and records the viewer may not touch get the team pages' own texts. */
const TEAM_MESSAGES = { error: 'teamErrorGeneric', not_found: 'teamErrorNotFound' } as const;

const integer = (value: string | undefined) => Number.parseInt(value ?? '', 10);
/** An empty optional text (as a form sends it) is no text. */
const optionalText = (value: string | undefined) => value?.trim() || undefined;

/** The add-tag form; an empty description is none. */
export const addTeamTagFormAction = formAction({
  input: (f) => ({ groupId: f.groupId ?? '', name: f.name ?? '', description: optionalText(f.description) }),
  run: addTeamTagAction,
  messages: TEAM_MESSAGES,
});

/** The remove button beside each tag. */
export const removeTeamTagFormAction = formAction({
  input: (f) => ({ groupId: f.groupId ?? '', tagId: f.tagId ?? '' }),
  run: removeTeamTagAction,
  messages: TEAM_MESSAGES,
});

/** `closed` is "1" to close the vocabulary, anything else opens it. */
export const setVocabularyClosedFormAction = formAction({
  input: (f) => ({ groupId: f.groupId ?? '', closed: f.closed === '1' }),
  run: setVocabularyClosedAction,
  messages: TEAM_MESSAGES,
});

/** The claim board's decision form (the span's offsets come as hidden fields). */
export const adjudicateClaimFormAction = formAction({
  input: (f) => ({
    groupId: f.groupId ?? '',
    transcriptSlug: f.transcriptSlug ?? '',
    turnIndex: integer(f.turnIndex),
    start: integer(f.start),
    end: integer(f.end),
    type: (f.type ?? '') as AdjudicateClaimInput['type'],
    status: (f.status ?? '') as AdjudicateClaimInput['status'],
    note: optionalText(f.note),
  }),
  run: adjudicateClaimAction,
  messages: TEAM_MESSAGES,
});
