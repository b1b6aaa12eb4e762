'use server';

import { revalidatePath } from 'next/cache';
import { addEvidence, setClaim, createReply, deleteReply, updateReply, createAnnotation, deleteAnnotation, updateAnnotation } from '@/lib/data/annotations';
import {
  addEvidenceInputSchema,
  createAnnotationInputSchema,
  createReplyInputSchema,
  deleteAnnotationInputSchema,
  deleteReplyInputSchema,
  setClaimInputSchema,
  updateAnnotationInputSchema,
  updateReplyInputSchema,
} from '@/lib/validation/annotations';
import { validatedAction } from './validated-action';

/** Refreshes the transcript page a write changed and hands the write's result on. */
function refreshed<T extends { transcriptSlug: string }>(data: T): T {
  revalidatePath(`/transcripts/${data.transcriptSlug}`);
  return data;
}

/** Creates a highlight or note (lib/data/annotations-write.ts createAnnotation). */
export const createAnnotationAction = validatedAction(createAnnotationInputSchema, async (input, viewer) =>
  refreshed(await createAnnotation(viewer, input)),
);

/** Edits the viewer's own annotation; `{ ok: false, code: 'conflict' }` when it changed meanwhile. */
export const updateAnnotationAction = validatedAction(updateAnnotationInputSchema, async ({ id, ...changes }, viewer) =>
  refreshed(await updateAnnotation(viewer, id, changes)),
);

/** Deletes the viewer's own annotation (a tombstone when it has replies). */
export const deleteAnnotationAction = validatedAction(deleteAnnotationInputSchema, async (input, viewer) =>
  refreshed(await deleteAnnotation(viewer, input.id)),
);

/** Sets a claim's type and status; statuses other than `unverified` need evidence. */
export const setClaimAction = validatedAction(setClaimInputSchema, async ({ id, ...claim }, viewer) =>
  refreshed(await setClaim(viewer, id, claim)),
);

/** Adds evidence (chronicle entry, news paragraph, http(s) URL) to the viewer's own claim. */
export const addEvidenceAction = validatedAction(addEvidenceInputSchema, async (input, viewer) =>
  refreshed(await addEvidence(viewer, input.id, input.evidence)),
);

/** Replies to an annotation the viewer may see, or to a reply in its thread. */
export const createReplyAction = validatedAction(createReplyInputSchema, async ({ annotationId, ...reply }, viewer) =>
  refreshed(await createReply(viewer, annotationId, reply)),
);

/** Edits the viewer's own reply (marks it edited). */
export const updateReplyAction = validatedAction(updateReplyInputSchema, async ({ id, ...reply }, viewer) =>
  refreshed(await updateReply(viewer, id, reply)),
);

/** Deletes the viewer's own reply (a tombstone when it has answers). */
export const deleteReplyAction = validatedAction(deleteReplyInputSchema, async (input, viewer) =>
  refreshed(await deleteReply(viewer, input.id)),
);
