'use server';

import { revalidatePath } from 'next/cache';
import { grantEditorRole } from '@/lib/data/accounts';
import { setTranscriptVisibility } from '@/lib/data/transcripts';
import { grantEditorRoleInputSchema, setTranscriptVisibilityInputSchema } from '@/lib/validation/transcript-access';
import { validatedAction } from './validated-action';

/**
 * Changes who may read a transcript: its owner makes it private or shares it with a group they
 * belong to; only an instance editor makes it public or takes a public one back. A transcript
 * the viewer may not read or change is "not found".
 */
export const setTranscriptVisibilityAction = validatedAction(setTranscriptVisibilityInputSchema, async ({ slug, ...change }, viewer) => {
  const result = await setTranscriptVisibility(viewer, slug, change);
  // Every page lists or shows transcripts by who may read them: the home list, the reader and its sub-pages.
  revalidatePath('/', 'layout');
  return result;
});

/** Makes another account an instance editor; only an editor may (anyone else: "not found"). */
export const grantEditorRoleAction = validatedAction(grantEditorRoleInputSchema, async ({ email }, viewer) => {
  const user = await grantEditorRole(viewer, email);
  return { id: user.id, name: user.name };
});
