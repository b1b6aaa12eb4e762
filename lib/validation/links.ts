import { z } from 'zod';

/** Longest note on a link judgment, in UTF-16 units. */
export const MAX_LINK_NOTE_LENGTH = 1000;

export const LINK_VERDICTS = ['confirmed', 'rejected'] as const;
/** Links and judgments are private or public; `group` (annotations only) is refused here. */
export const LINK_VISIBILITIES = ['private', 'public'] as const;

const id = z.string().min(1).max(64);
/** An empty note (as a form sends it) is no note. */
const note = z
  .string()
  .max(MAX_LINK_NOTE_LENGTH, `A note may have at most ${MAX_LINK_NOTE_LENGTH} characters`)
  .optional()
  .transform((value) => (value?.trim() ? value : undefined));
/** Private by default, like annotations: sharing is a choice. */
const visibility = z.enum(LINK_VISIBILITIES).default('private');

/** Confirming or rejecting a link: the viewer's verdict, with an optional note. */
export const judgeLinkInputSchema = z.object({ linkId: id, note, visibility });
export type JudgeLinkInput = z.input<typeof judgeLinkInputSchema>;

/** Withdrawing the viewer's own judgment. */
export const withdrawJudgmentInputSchema = z.object({ judgmentId: id });
export type WithdrawJudgmentInput = z.input<typeof withdrawJudgmentInputSchema>;

/** Linking a turn of a transcript's current version to a chronicle entry by hand. */
export const addLinkInputSchema = z.object({
  transcriptSlug: z.string().min(1).max(200),
  turnIndex: z.number().int().min(1).max(100_000),
  chronicleEntryId: id,
  note,
  visibility,
});
export type AddLinkInput = z.input<typeof addLinkInputSchema>;

/**
 * Where a link form returns to: a path inside the transcripts section, optionally with a
 * fragment (never another site, never `//host`).
 */
export const linkReturnToSchema = z
  .string()
  .max(500)
  .regex(/^\/transcripts\/[^/\\?#][^\\?#]*(#[\w-]+)?$/, 'Not a transcript page');
