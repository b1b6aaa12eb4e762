import { z } from 'zod';
import { recordIdSchema, transcriptSlugSchema, storableString } from './safe-text';
import { safeHref } from '@/lib/editor/safe-href';

/** Who may read an annotation (the rule is lib/data/annotation-access.ts). `group` needs a `groupId`. */
export const VISIBILITIES = ['private', 'public', 'group'] as const;
export type AnnotationVisibility = (typeof VISIBILITIES)[number];

export const CLAIM_TYPES = ['statistic', 'factual_statement', 'policy_commitment', 'attribution', 'value_judgment', 'other'] as const;
export type ClaimTypeName = (typeof CLAIM_TYPES)[number];

export const CLAIM_STATUSES = ['unverified', 'supported', 'disputed', 'false_claim', 'needs_context'] as const;
export type ClaimStatusName = (typeof CLAIM_STATUSES)[number];

/** Longest evidence note and URL we store, in UTF-16 units. */
export const MAX_NOTE_LENGTH = 2000;
export const MAX_URL_LENGTH = 2000;

/**
 * The normalised URL when `value` is an absolute http(s) URL that lib/editor/safe-href.ts
 * accepts (no `javascript:`, `data:`, `mailto:`, relative URLs, credentials or invisible
 * characters), else null.
 */
export function httpUrlOrNull(value: string): string | null {
  const href = safeHref(value);
  return href && /^https?:/i.test(href) ? href : null;
}

/** True for a URL `httpUrlOrNull` accepts. */
export const isHttpUrl = (value: string): boolean => httpUrlOrNull(value) !== null;

const id = recordIdSchema;
const note = storableString().max(MAX_NOTE_LENGTH).optional();
/** Offsets are Unicode code points within the turn text. */
const offset = z.number().int().min(0);

/** A piece of evidence: a chronicle entry, a news paragraph or a web page. */
export const evidenceInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chronicle_entry'), entryId: id, note }),
  z.object({ kind: z.literal('news_paragraph'), paragraphId: id, note }),
  z.object({
    kind: z.literal('url'),
    url: storableString().max(MAX_URL_LENGTH).refine(isHttpUrl, 'Only http and https links are accepted'),
    note,
  }),
]);
export type EvidenceInput = z.infer<typeof evidenceInputSchema>;

/** Tag names as typed; lib/tags/normalize-tag.ts folds and limits them. */
const tags = z.array(storableString().max(200)).max(20, 'At most 20 tags');

/** The claim part of an annotation; status defaults to `unverified`. */
export const claimInputSchema = z.object({ type: z.enum(CLAIM_TYPES), status: z.enum(CLAIM_STATUSES).optional() });

/**
 * A new annotation on one turn of a transcript's current version. `body: null` (or absent)
 * makes a highlight. `prefix`/`suffix` may be sent but the server recomputes them.
 */
export const createAnnotationInputSchema = z.object({
  transcriptSlug: transcriptSlugSchema,
  turnIndex: z.number().int().min(1),
  start: offset,
  end: offset,
  exact: storableString().min(1).max(10_000),
  prefix: storableString().max(1000).optional(),
  suffix: storableString().max(1000).optional(),
  body: z.unknown().optional(),
  visibility: z.enum(VISIBILITIES).default('private'),
  /** The group that may read it; only with `visibility: 'group'`. */
  groupId: id.optional(),
  /** Written for this class assignment: needs `group` visibility in the assignment's class. */
  assignmentId: id.optional(),
  tags: tags.optional(),
  claim: claimInputSchema.nullish(),
});
export type CreateAnnotationInput = z.input<typeof createAnnotationInputSchema>;

/** Changes to an annotation; `expectedRevision` is the revision the editor started from. */
export const updateAnnotationInputSchema = z.object({
  id,
  body: z.unknown().optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  /** Required when `visibility` becomes `group`. */
  groupId: id.optional(),
  tags: tags.optional(),
  expectedRevision: z.number().int().min(1),
});
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationInputSchema>;

export const deleteAnnotationInputSchema = z.object({ id });
export type DeleteAnnotationInput = z.infer<typeof deleteAnnotationInputSchema>;

/**
 * Sets a claim's type and status. Any status but `unverified` needs evidence: new `evidence`
 * in the same call, or `evidenceId` of evidence already on this annotation.
 */
export const setClaimInputSchema = z.object({
  id,
  type: z.enum(CLAIM_TYPES),
  status: z.enum(CLAIM_STATUSES),
  evidence: evidenceInputSchema.optional(),
  evidenceId: id.optional(),
});
export type SetClaimInput = z.infer<typeof setClaimInputSchema>;

export const addEvidenceInputSchema = z.object({ id, evidence: evidenceInputSchema });
export type AddEvidenceInput = z.infer<typeof addEvidenceInputSchema>;

export const createReplyInputSchema = z.object({ annotationId: id, parentId: id.nullish(), body: z.unknown() });
export type CreateReplyInput = z.infer<typeof createReplyInputSchema>;

export const updateReplyInputSchema = z.object({ id, body: z.unknown() });
export type UpdateReplyInput = z.infer<typeof updateReplyInputSchema>;

export const deleteReplyInputSchema = z.object({ id });
export type DeleteReplyInput = z.infer<typeof deleteReplyInputSchema>;

/** Filters of the annotation and claim lists (query string of GET /api/annotations). */
export const annotationFiltersSchema = z.object({
  tag: storableString().max(200).optional(),
  claimStatus: z.enum(CLAIM_STATUSES).optional(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  authorId: id.optional(),
  speaker: storableString().max(200).optional(),
  mine: z.boolean().optional(),
});
export type AnnotationFilters = z.infer<typeof annotationFiltersSchema>;
