'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { addLink, confirmLink, rejectLink, withdrawJudgment } from '@/lib/data/links';
import type { LinkWriteResult } from '@/lib/data/links';
import {
  addLinkInputSchema,
  judgeLinkInputSchema,
  linkReturnToSchema,
  parseVisibilityChoice,
  withdrawJudgmentInputSchema,
} from '@/lib/validation/links';
import { formAction, formPost, type FormFailure, type FormFields } from './form-action';
import { validatedAction } from './validated-action';

/** Refreshes every page that shows a link: the reader, the turn's own pages, the chronicle. */
function refreshed<T extends LinkWriteResult>(data: T): T {
  const transcript = `/transcripts/${encodeURIComponent(data.transcriptSlug)}`;
  revalidatePath(transcript);
  revalidatePath(`${transcript}/turns/${data.turnIndex}`);
  revalidatePath('/chronicle');
  return data;
}

/** Confirms a link the viewer may see; replaces the viewer's earlier verdict. */
export const confirmLinkAction = validatedAction(judgeLinkInputSchema, async (input, viewer) => refreshed(await confirmLink(viewer, input)));

/** Rejects a link the viewer may see; replaces the viewer's earlier verdict. */
export const rejectLinkAction = validatedAction(judgeLinkInputSchema, async (input, viewer) => refreshed(await rejectLink(viewer, input)));

/** Withdraws the viewer's own judgment; someone else's is "not found". */
export const withdrawJudgmentAction = validatedAction(withdrawJudgmentInputSchema, async (input, viewer) =>
  refreshed(await withdrawJudgment(viewer, input.judgmentId)),
);

/** Links a turn to a chronicle entry by hand, with the adder's confirmation. */
export const addLinkAction = validatedAction(addLinkInputSchema, async (input, viewer) => refreshed(await addLink(viewer, input)));

// ---- Plain form posts (work without JavaScript) ------------------------------------------------
// Each maps its fields onto an action above and redirects: back to `returnTo` when it worked, to
// the turn's own page with `?linkError=<code>` when it did not (that page explains the error).

function turnPage(fields: FormFields): string {
  const index = Number(fields.turnIndex);
  return `/transcripts/${encodeURIComponent(fields.transcriptSlug ?? '')}/turns/${Number.isInteger(index) && index > 0 ? index : 1}`;
}

/** Success: back to `returnTo` when it is a transcript page, else to `#anchor` on the turn's page. */
function back(fields: FormFields, anchor: string): never {
  const returnTo = linkReturnToSchema.safeParse(fields.returnTo);
  redirect(returnTo.success ? returnTo.data : `${turnPage(fields)}#${anchor}`);
}

/** Failure: signed out to the sign-in page (then back), anything else explained on the turn's page. */
function explain(failure: FormFailure, fields: FormFields): never {
  const page = turnPage(fields);
  if (failure.code === 'unauthenticated') redirect(`/signin?callbackUrl=${encodeURIComponent(page)}`);
  redirect(`${page}?linkError=${failure.code}#links`);
}

/** Form post: `verdict` is `confirmed` or `rejected` (the button pressed); `visibility` is `private`, `public` or `group:<id>`. */
export const judgeLinkFormAction = formPost(
  formAction({
    input: (f) => ({ verdict: f.verdict, linkId: f.linkId ?? '', note: f.note, ...parseVisibilityChoice(f.visibility) }),
    run: ({ verdict, ...input }) => (verdict === 'rejected' ? rejectLinkAction(input) : confirmLinkAction(input)),
    success: (_, f) => back(f, `link-${f.linkId ?? ''}`),
    failure: explain,
  }),
);

/** Form post: withdraws the viewer's judgment `judgmentId`. */
export const withdrawJudgmentFormAction = formPost(
  formAction({
    input: (f) => ({ judgmentId: f.judgmentId ?? '' }),
    run: withdrawJudgmentAction,
    success: (_, f) => back(f, 'links'),
    failure: explain,
  }),
);

/** Form post: adds a link from the entry picker. */
export const addLinkFormAction = formPost(
  formAction({
    input: (f) => ({
      transcriptSlug: f.transcriptSlug ?? '',
      turnIndex: Number(f.turnIndex),
      chronicleEntryId: f.chronicleEntryId ?? '',
      note: f.note,
      ...parseVisibilityChoice(f.visibility),
    }),
    run: addLinkAction,
    success: (_, f) => back(f, 'links'),
    failure: explain,
  }),
);
