import type { AnnotationVisibility, ClaimStatusName, ClaimTypeName } from '@/lib/validation/annotations';

export type { AnnotationFilters } from '@/lib/validation/annotations';

/** A person as readers see them: never the e-mail address. */
export interface AnnotationPerson {
  id: string;
  name: string;
}

/**
 * One annotation as the reader shows it. Offsets are Unicode code points within the text of
 * turn `turnIndex` of the transcript's current version; dates are ISO 8601 (UTC).
 * A deleted annotation that still has replies is a tombstone: `deleted: true`, no quote,
 * body, tags, claim or author.
 */
export interface AnnotationSummary {
  id: string;
  transcriptSlug: string;
  turnIndex: number;
  /** Label of the turn's speaker as written in the transcript. */
  speaker: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** `needs_review`: a correction of the text moved the quote and we could not find it again. */
  anchorStatus: 'anchored' | 'needs_review';
  visibility: AnnotationVisibility;
  /** The group that may read it (`group` visibility only). */
  group: { id: string; name: string } | null;
  /** Hidden by a group moderator: only its author and the group's owners/moderators see it. */
  hidden: boolean;
  /** The class assignment it was written for, if any. */
  assignmentId: string | null;
  author: AnnotationPerson | null;
  isMine: boolean;
  /** Safe HTML rendered on the server from the stored document; null for a highlight. */
  bodyHtml: string | null;
  /** The body as plain text (search, previews); '' for a highlight. */
  bodyText: string;
  /** Display names; render as text (React escapes them). */
  tags: string[];
  claim: { type: ClaimTypeName; status: ClaimStatusName } | null;
  /** Replies that are not deleted. */
  replyCount: number;
  /** Send back as `expectedRevision` when updating. */
  revision: number;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

/** Evidence for a claim. Exactly one of `chronicleEntry`, `newsParagraph`, `url` is set. */
export interface EvidenceView {
  id: string;
  kind: 'chronicle_entry' | 'news_paragraph' | 'url';
  addedBy: AnnotationPerson;
  createdAt: string;
  /** `date` is YYYY-MM-DD or null. */
  chronicleEntry: { id: string; date: string | null; text: string } | null;
  newsParagraph: { id: string; documentSlug: string; documentTitle: string; text: string } | null;
  /** An http(s) URL; render as text or an `<a href>` (never anything else). */
  url: string | null;
  note: string | null;
}

/** One change of a claim's status, oldest first in a history. */
export interface ClaimStatusChangeView {
  id: string;
  actor: AnnotationPerson;
  at: string;
  from: ClaimStatusName | null;
  to: ClaimStatusName;
  evidence: EvidenceView | null;
}

/** A reply with its answers; a deleted reply that has answers is a tombstone (no author, no body). */
export interface ReplyView {
  id: string;
  annotationId: string;
  parentId: string | null;
  author: AnnotationPerson | null;
  isMine: boolean;
  bodyHtml: string | null;
  bodyText: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  replies: ReplyView[];
}

/** One annotation with its thread, evidence and claim history. */
export interface AnnotationDetail extends AnnotationSummary {
  replies: ReplyView[];
  evidence: EvidenceView[];
  statusHistory: ClaimStatusChangeView[];
}

/** A claim in the claims list: an annotation with a claim, plus how much evidence it has. */
export interface ClaimSummary extends AnnotationSummary {
  claim: NonNullable<AnnotationSummary['claim']>;
  evidenceCount: number;
}
