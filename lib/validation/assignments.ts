import { z } from 'zod';
import { recordIdSchema, transcriptSlugSchema, storableString } from './safe-text';

export const PASSAGE_KINDS = ['turn_range', 'speaker', 'span'] as const;
export type PassageKindInput = (typeof PASSAGE_KINDS)[number];

/** Longest title and instructions, in UTF-16 units. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_INSTRUCTIONS_LENGTH = 5000;
/** A required task count above this is a typo, not a plan. */
export const MAX_TASK_COUNT = 100;

const id = recordIdSchema;
const turnIndex = z.number().int().min(0).max(100_000);
const count = z.number().int().min(0).max(MAX_TASK_COUNT);

/**
 * Which part of the transcript: a range of turns (inclusive), every turn of one speaker (by
 * roster label), or one span of one turn given as code-point offsets or as a quote to find.
 */
export const passageInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('turn_range'), fromTurn: turnIndex, toTurn: turnIndex }),
  z.object({ kind: z.literal('speaker'), speakerLabel: storableString().trim().min(1).max(200) }),
  z.object({
    kind: z.literal('span'),
    turn: turnIndex,
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    quote: storableString().trim().max(2000).optional(),
  }),
]);
export type PassageInput = z.infer<typeof passageInputSchema>;

const fields = {
  transcriptSlug: transcriptSlugSchema,
  title: storableString().trim().min(1, 'Give the assignment a title').max(MAX_TITLE_LENGTH),
  instructions: storableString().trim().max(MAX_INSTRUCTIONS_LENGTH).default(''),
  passage: passageInputSchema,
  /** ISO 8601 instant, or null for no due date. */
  dueAt: z.iso.datetime({ offset: true }).nullable().default(null),
  minAnnotations: count.default(0),
  minClaims: count.default(0),
  minLinks: count.default(0),
  hideClassmatesUntilDue: z.boolean().default(false),
};

export const createAssignmentInputSchema = z.object({ groupId: id, ...fields });
export type CreateAssignmentInput = z.infer<typeof createAssignmentInputSchema>;

export const updateAssignmentInputSchema = z.object({ assignmentId: id, ...fields });
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentInputSchema>;

export const assignmentIdInputSchema = z.object({ assignmentId: id });
