import { z } from 'zod';
import { recordIdSchema, transcriptSlugSchema } from './safe-text';

/** Who may read a transcript (the rule is lib/data/transcripts/access-rule.ts). `group` needs a `groupId`. */
export const TRANSCRIPT_VISIBILITIES = ['private', 'public', 'group'] as const;

/** A change of who may read transcript `slug`; who may make which change is the data layer's rule (setTranscriptVisibility). */
export const setTranscriptVisibilityInputSchema = z.object({
  slug: transcriptSlugSchema,
  visibility: z.enum(TRANSCRIPT_VISIBILITIES),
  /** Only with `visibility: 'group'` (checked in the data layer). */
  groupId: recordIdSchema.optional(),
});
export type SetTranscriptVisibilityInput = z.infer<typeof setTranscriptVisibilityInputSchema>;

/** The account to make an instance editor, by its e-mail (trimmed and lower-cased, as accounts store it). */
export const grantEditorRoleInputSchema = z.object({ email: z.string().trim().toLowerCase().max(320).pipe(z.email()) });
export type GrantEditorRoleInput = z.infer<typeof grantEditorRoleInputSchema>;
