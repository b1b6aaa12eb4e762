import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { renderBodyHtml } from '@/lib/editor/render';
import type { AnnotationSummary, EvidenceView } from './types';

/** The columns an AnnotationSummary is built from; nothing else leaves the database. */
export const annotationSummarySelect = {
  id: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  anchorStatus: true,
  visibility: true,
  body: true,
  bodyText: true,
  claimType: true,
  claimStatus: true,
  hiddenAt: true,
  assignmentId: true,
  group: { select: { id: true, name: true } },
  revision: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  transcript: { select: { slug: true } },
  turn: { select: { index: true, speaker: { select: { label: true } } } },
  author: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { normalized: 'asc' } } },
  _count: { select: { replies: { where: { deletedAt: null } } } },
} satisfies Prisma.AnnotationSelect;

type SummaryRow = Prisma.AnnotationGetPayload<{ select: typeof annotationSummarySelect }>;

/** Safe HTML for a stored tiptap document, or null when there is none (a highlight). */
export function renderStoredBody(body: unknown): string | null {
  if (body === null || body === undefined) return null;
  return renderBodyHtml(body);
}

/** Builds the plain object the reader receives; a deleted row becomes a tombstone. */
export function toAnnotationSummary(row: SummaryRow, viewer: Viewer | null): AnnotationSummary {
  const deleted = row.deletedAt !== null;
  const common = {
    id: row.id,
    transcriptSlug: row.transcript.slug,
    turnIndex: row.turn.index,
    speaker: row.turn.speaker.label,
    start: row.start,
    end: row.end,
    anchorStatus: row.anchorStatus,
    visibility: row.visibility,
    group: row.group,
    hidden: row.hiddenAt !== null,
    assignmentId: row.assignmentId,
    replyCount: row._count.replies,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted,
  };
  if (deleted) {
    return { ...common, exact: '', prefix: '', suffix: '', author: null, isMine: false, bodyHtml: null, bodyText: '', tags: [], claim: null };
  }
  return {
    ...common,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    author: row.author,
    isMine: viewer !== null && row.author.id === viewer.id,
    bodyHtml: renderStoredBody(row.body),
    bodyText: row.bodyText,
    tags: row.tags.map((t) => t.tag.name),
    claim: row.claimType ? { type: row.claimType, status: row.claimStatus ?? 'unverified' } : null,
  };
}

/** The columns an EvidenceView is built from. */
export const evidenceSelect = {
  id: true,
  kind: true,
  url: true,
  note: true,
  createdAt: true,
  addedBy: { select: { id: true, name: true } },
  chronicleEntry: { select: { id: true, date: true, text: true } },
  newsParagraph: { select: { id: true, text: true, document: { select: { slug: true, title: true } } } },
} satisfies Prisma.ClaimEvidenceSelect;

type EvidenceRow = Prisma.ClaimEvidenceGetPayload<{ select: typeof evidenceSelect }>;

/** Evidence as a plain object. */
export function toEvidenceView(row: EvidenceRow): EvidenceView {
  const entry = row.chronicleEntry;
  const paragraph = row.newsParagraph;
  return {
    id: row.id,
    kind: row.kind,
    addedBy: row.addedBy,
    createdAt: row.createdAt.toISOString(),
    chronicleEntry: entry ? { id: entry.id, date: entry.date?.toISOString().slice(0, 10) ?? null, text: entry.text } : null,
    newsParagraph: paragraph
      ? { id: paragraph.id, documentSlug: paragraph.document.slug, documentTitle: paragraph.document.title, text: paragraph.text }
      : null,
    url: row.url,
    note: row.note,
  };
}
