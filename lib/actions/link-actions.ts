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
import { validatedAction, type ActionResult } from './validated-action';

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
// Each reads its fields, runs the action above, and redirects: back to `returnTo` when it worked,
// to the turn's own page with `?linkError=<code>` when it did not (that page explains the error).

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

function turnPage(form: FormData): string {
  const slug = text(form, 'transcriptSlug') ?? '';
  const index = Number(text(form, 'turnIndex'));
  return `/transcripts/${encodeURIComponent(slug)}/turns/${Number.isInteger(index) && index > 0 ? index : 1}`;
}

function finish(form: FormData, result: ActionResult<unknown>, anchor: string): never {
  const page = turnPage(form);
  if (!result.ok) {
    if (result.code === 'unauthenticated') redirect(`/signin?callbackUrl=${encodeURIComponent(page)}`);
    redirect(`${page}?linkError=${result.code}#links`);
  }
  const back = linkReturnToSchema.safeParse(text(form, 'returnTo'));
  redirect(back.success ? back.data : `${page}#${anchor}`);
}

/** Form post: `verdict` is `confirmed` or `rejected` (the button pressed); `visibility` is `private`, `public` or `group:<id>`. */
export async function judgeLinkFormAction(form: FormData): Promise<void> {
  const input = { linkId: text(form, 'linkId') ?? '', note: text(form, 'note'), ...parseVisibilityChoice(text(form, 'visibility')) };
  const result = text(form, 'verdict') === 'rejected' ? await rejectLinkAction(input) : await confirmLinkAction(input);
  finish(form, result, `link-${input.linkId}`);
}

/** Form post: withdraws the viewer's judgment `judgmentId`. */
export async function withdrawJudgmentFormAction(form: FormData): Promise<void> {
  const result = await withdrawJudgmentAction({ judgmentId: text(form, 'judgmentId') ?? '' });
  finish(form, result, 'links');
}

/** Form post: adds a link from the entry picker. */
export async function addLinkFormAction(form: FormData): Promise<void> {
  const result = await addLinkAction({
    transcriptSlug: text(form, 'transcriptSlug') ?? '',
    turnIndex: Number(text(form, 'turnIndex')),
    chronicleEntryId: text(form, 'chronicleEntryId') ?? '',
    note: text(form, 'note'),
    ...parseVisibilityChoice(text(form, 'visibility')),
  });
  finish(form, result, 'links');
}
