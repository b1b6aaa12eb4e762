import type { ReaderQuery } from '@/components/reader/reader-href';
import { annotationFiltersSchema, type AnnotationFilters } from '@/lib/validation/annotations';

/** What the reader's URL asks for: speaker filter, annotation filters and the focused turn or annotation. */
export interface ReaderState {
  speaker: string | null;
  /** Annotation filters (not the speaker); invalid values are dropped one by one. */
  filters: AnnotationFilters;
  /** True when any annotation filter is set. */
  filtered: boolean;
  turn: number | null;
  annotation: string | null;
}

/** Names of the annotation filter parameters, as GET /api/annotations spells them. */
export const FILTER_PARAMS = ['tag', 'claimStatus', 'claimType', 'authorId', 'mine'] as const;

const one = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reads the reader state from the page's search parameters; anything malformed is ignored. */
export function parseReaderQuery(query: ReaderQuery): ReaderState {
  const shape = annotationFiltersSchema.shape;
  const filters: AnnotationFilters = {};
  const tag = shape.tag.safeParse(one(query.tag)?.trim() || undefined);
  if (tag.success && tag.data) filters.tag = tag.data;
  const claimStatus = shape.claimStatus.safeParse(one(query.claimStatus));
  if (claimStatus.success && claimStatus.data) filters.claimStatus = claimStatus.data;
  const claimType = shape.claimType.safeParse(one(query.claimType));
  if (claimType.success && claimType.data) filters.claimType = claimType.data;
  const authorId = shape.authorId.safeParse(one(query.authorId));
  if (authorId.success && authorId.data) filters.authorId = authorId.data;
  if (one(query.mine) === '1') filters.mine = true;

  const turn = Number(one(query.turn));
  const annotation = one(query.annotation);
  return {
    speaker: one(query.speaker) ?? null,
    filters,
    filtered: Object.keys(filters).length > 0,
    turn: Number.isSafeInteger(turn) && turn > 0 ? turn : null,
    annotation: annotation && annotation.length <= 64 ? annotation : null,
  };
}
