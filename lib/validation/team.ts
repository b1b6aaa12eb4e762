import { z } from 'zod';
import { recordIdSchema, transcriptSlugSchema, storableString } from './safe-text';
import { CLAIM_STATUSES, CLAIM_TYPES } from './annotations';

const id = recordIdSchema;

/** Longest description of a vocabulary tag and adjudication note, in UTF-16 units. */
export const MAX_TEAM_TAG_DESCRIPTION = 300;
export const MAX_ADJUDICATION_NOTE = 2000;

/** A tag added to a team's vocabulary; lib/tags/normalize-tag.ts folds and limits the name. */
export const addTeamTagInputSchema = z.object({
  groupId: id,
  name: storableString().trim().min(1, 'Give the tag a name').max(200),
  description: storableString().trim().max(MAX_TEAM_TAG_DESCRIPTION).optional(),
});
export type AddTeamTagInput = z.infer<typeof addTeamTagInputSchema>;

export const removeTeamTagInputSchema = z.object({ groupId: id, tagId: id });

/** Closed: the team's annotations may only carry the vocabulary's tags. */
export const setVocabularyClosedInputSchema = z.object({ groupId: id, closed: z.boolean() });

/**
 * A decision on a span where the team's claims disagree: the span is the cluster's union
 * (offsets in code points within turn `turnIndex` of the current version, end exclusive).
 */
export const adjudicateClaimInputSchema = z
  .object({
    groupId: id,
    transcriptSlug: transcriptSlugSchema,
    turnIndex: z.number().int().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    type: z.enum(CLAIM_TYPES),
    status: z.enum(CLAIM_STATUSES),
    note: storableString().trim().max(MAX_ADJUDICATION_NOTE).optional(),
  })
  .refine((input) => input.end > input.start, { message: 'The span is empty', path: ['end'] });
export type AdjudicateClaimInput = z.infer<typeof adjudicateClaimInputSchema>;

export const BOARD_SORTS = ['turn', 'status', 'newest'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

/** The claim board's view options (GET query parameters, so the board works without JavaScript). */
export const boardQuerySchema = z.object({
  claimStatus: z.enum(CLAIM_STATUSES).optional(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  speaker: storableString().min(1).max(200).optional(),
  disagreements: z.boolean().optional(),
  sort: z.enum(BOARD_SORTS).optional(),
  groupBySpeaker: z.boolean().optional(),
});
export type BoardQuery = z.infer<typeof boardQuerySchema>;
