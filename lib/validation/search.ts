import { z } from 'zod';
import { storableString } from './safe-text';
import { CLAIM_STATUSES } from './annotations';

export const SEARCH_KINDS = ['turn', 'annotation', 'chronicle'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const day = storableString().regex(/^\d{4}-\d{2}-\d{2}$/);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/**
 * Search filters from the query string; unknown or malformed values are dropped rather than
 * failing the page. `tag` and `status` only apply to annotations, so they restrict results to
 * annotations; `speaker` excludes the chronicle (nobody speaks there).
 */
export const searchFiltersSchema = z.object({
  kind: optional(z.enum(SEARCH_KINDS)).catch(undefined),
  speaker: optional(storableString().max(100)).catch(undefined),
  from: optional(day).catch(undefined),
  to: optional(day).catch(undefined),
  tag: optional(storableString().max(100)).catch(undefined),
  status: optional(z.enum(CLAIM_STATUSES)).catch(undefined),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;
