import { z } from 'zod';
import { storableString } from './safe-text';

/** Largest Web Annotation file accepted for import, in UTF-16 units (~5,000 annotations). */
export const MAX_IMPORT_CHARS = 4_000_000;

export const importAnnotationsInputSchema = z.object({
  json: storableString().min(1, 'Choose a file').max(MAX_IMPORT_CHARS, 'The file is too large (at most 4 MB)'),
});
