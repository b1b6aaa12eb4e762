import { z } from 'zod';
import { recordIdSchema, transcriptSlugSchema, storableString } from './safe-text';

/** Longest note on a link judgment, in UTF-16 units. */
export const MAX_LINK_NOTE_LENGTH = 1000;

export const LINK_VERDICTS = ['confirmed', 'rejected'] as const;
/** Who may read a link or judgment (the rule is lib/data/link-access.ts). `group` needs a `groupId`. */
export const LINK_VISIBILITIES = ['private', 'public', 'group'] as const;
export type LinkVisibilityChoice = (typeof LINK_VISIBILITIES)[number];

const id = recordIdSchema;
/** An empty note (as a form sends it) is no note. */
const note = storableString()
  .max(MAX_LINK_NOTE_LENGTH, `A note may have at most ${MAX_LINK_NOTE_LENGTH} characters`)
  .optional()
  .transform((value) => (value?.trim() ? value : undefined));
/** Private by default, like annotations: sharing is a choice. */
const visibility = z.enum(LINK_VISIBILITIES).default('private');
/** The group that may read it; only with `visibility: 'group'` (checked in the data layer). */
const groupId = id.optional();

/** Confirming or rejecting a link: the viewer's verdict, with an optional note. */
export const judgeLinkInputSchema = z.object({ linkId: id, note, visibility, groupId });
export type JudgeLinkInput = z.input<typeof judgeLinkInputSchema>;

/** Withdrawing the viewer's own judgment. */
export const withdrawJudgmentInputSchema = z.object({ judgmentId: id });
export type WithdrawJudgmentInput = z.input<typeof withdrawJudgmentInputSchema>;

/** Linking a turn of a transcript's current version to a chronicle entry by hand. */
export const addLinkInputSchema = z.object({
  transcriptSlug: transcriptSlugSchema,
  turnIndex: z.number().int().min(1).max(100_000),
  chronicleEntryId: id,
  note,
  visibility,
  groupId,
});
export type AddLinkInput = z.input<typeof addLinkInputSchema>;

/**
 * Where a link form returns to: a path inside the transcripts section, optionally with a
 * fragment (never another site, never `//host`).
 */
export const linkReturnToSchema = storableString()
  .max(500)
  .regex(/^\/transcripts\/[^/\\?#][^\\?#]*(#[\w-]+)?$/, 'Not a transcript page');

/** Prefix of a group choice in the forms' one visibility select: `group:<groupId>`. */
export const GROUP_CHOICE_PREFIX = 'group:';

/**
 * Reads the forms' visibility select: `private`, `public` or `group:<groupId>`. Anything else
 * passes through unchanged, for the schema to refuse.
 */
export function parseVisibilityChoice(value: string | undefined): { visibility?: LinkVisibilityChoice; groupId?: string } {
  if (value?.startsWith(GROUP_CHOICE_PREFIX)) return { visibility: 'group', groupId: value.slice(GROUP_CHOICE_PREFIX.length) };
  return { visibility: value as LinkVisibilityChoice | undefined };
}
