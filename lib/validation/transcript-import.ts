import { z } from 'zod';
import { storableString } from './safe-text';

/** Roles a roster entry may take (lib/transcript SpeakerRole). */
export const SPEAKER_ROLES = ['host', 'official', 'journalist', 'other'] as const;

/** An optional roster field: trimmed, empty becomes null. */
const optionalField = (max: number) =>
  storableString()
    .transform((text) => text.trim())
    .pipe(z.string().max(max))
    .transform((text) => text || null);

/** One roster entry as the importer corrected it in the preview; `label` names the parsed speaker. */
export const rosterEditSchema = z.object({
  label: storableString().max(200),
  name: optionalField(100),
  title: optionalField(200),
  organization: optionalField(200),
  role: z.enum(SPEAKER_ROLES),
});
export type RosterEdit = z.infer<typeof rosterEditSchema>;

/**
 * The import form: the transcript's text (re-parsed on every post; never a parsed value from the
 * client) and the roster edits. The 5 MB limit is checked in bytes by the action.
 */
export const transcriptImportInputSchema = z.object({
  text: storableString().min(1).max(5 * 1024 * 1024),
  roster: z.array(rosterEditSchema).max(500),
});
export type TranscriptImportInput = z.infer<typeof transcriptImportInputSchema>;
