import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import type { ReviewedClaim } from '@/lib/export/claim-review';
import type { ExportedAnnotation, PortableEvidence } from '@/lib/export/web-annotation-types';
import { currentVersionAnnotationWhere, visibleAnnotationWhere } from './access-rule';
import { renderStoredBody } from './select';
import { memberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** Which annotations an export holds; every scope is further limited by the read rule. */
export type ExportScope = { transcriptSlug?: string; groupId?: string; mine?: boolean };

const exportSelect = {
  id: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  body: true,
  claimType: true,
  claimStatus: true,
  createdAt: true,
  editedAt: true,
  transcript: { select: { slug: true } },
  turn: { select: { index: true } },
  author: { select: { id: true, name: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { normalized: 'asc' } } },
  evidence: {
    orderBy: { createdAt: 'asc' },
    select: {
      kind: true,
      url: true,
      note: true,
      chronicleEntry: { select: { key: true, chronicle: { select: { slug: true } } } },
      newsParagraph: { select: { position: true, document: { select: { slug: true } } } },
    },
  },
} satisfies Prisma.AnnotationSelect;

type ExportRow = Prisma.AnnotationGetPayload<{ select: typeof exportSelect }>;

function portableEvidence(row: ExportRow['evidence'][number]): PortableEvidence | null {
  if (row.chronicleEntry) return { kind: 'chronicle_entry', chronicleSlug: row.chronicleEntry.chronicle.slug, entryKey: row.chronicleEntry.key, note: row.note };
  if (row.newsParagraph) return { kind: 'news_paragraph', documentSlug: row.newsParagraph.document.slug, position: row.newsParagraph.position, note: row.note };
  if (row.url) return { kind: 'url', url: row.url, note: row.note };
  return null;
}

function toExported(row: ExportRow): ExportedAnnotation {
  return {
    id: row.id,
    transcriptSlug: row.transcript.slug,
    turnIndex: row.turn.index,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    body: row.body,
    bodyHtml: renderStoredBody(row.body),
    tags: row.tags.map((t) => t.tag.name),
    claim: row.claimType ? { type: row.claimType, status: row.claimStatus ?? 'unverified' } : null,
    evidence: row.evidence.map(portableEvidence).filter((e): e is PortableEvidence => e !== null),
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    modifiedAt: row.editedAt?.toISOString() ?? null,
  };
}

/**
 * The annotations in `scope` the viewer may read, on current transcript versions, not deleted,
 * in reading order. A group scope needs current membership, a transcript scope a transcript the
 * viewer may read (else null: "not found"); `mine` without a viewer gives null too.
 */
export async function listAnnotationsForExport(viewer: Viewer | null, scope: ExportScope): Promise<ExportedAnnotation[] | null> {
  const prisma = getPrisma();
  if (scope.mine && !viewer) return null;
  if (scope.groupId) {
    const group = viewer ? await prisma.group.findFirst({ where: { id: scope.groupId, ...memberGroupWhere(viewer) }, select: { id: true } }) : null;
    if (!group) return null;
  }
  if (scope.transcriptSlug && !(await prisma.transcript.findFirst({ where: { AND: [{ slug: scope.transcriptSlug }, visibleTranscriptWhere(viewer)] }, select: { id: true } }))) return null;
  const rows = await prisma.annotation.findMany({
    where: {
      AND: [
        visibleAnnotationWhere(viewer),
        { deletedAt: null, turn: { version: { currentOf: { isNot: null } } } },
        scope.transcriptSlug ? { transcript: { slug: scope.transcriptSlug } } : {},
        scope.groupId ? { groupId: scope.groupId, visibility: 'group' } : {},
        scope.mine && viewer ? { authorId: viewer.id } : {},
      ],
    },
    orderBy: [{ transcript: { slug: 'asc' } }, { turn: { index: 'asc' } }, { start: 'asc' }, { createdAt: 'asc' }],
    select: exportSelect,
  });
  return rows.map(toExported);
}

/**
 * Claims with a verdict (any status but unverified) on the current version of `slug` that the
 * viewer may read, with who set the verdict and when. Unknown transcript, or one the viewer may
 * not read (visibleTranscriptWhere): null.
 */
export async function listReviewedClaims(viewer: Viewer | null, slug: string): Promise<Omit<ReviewedClaim, 'statusLabel'>[] | null> {
  const prisma = getPrisma();
  const transcript = await prisma.transcript.findFirst({ where: { AND: [{ slug }, visibleTranscriptWhere(viewer)] }, select: { title: true, heldAt: true } });
  if (!transcript) return null;
  const rows = await prisma.annotation.findMany({
    where: { AND: [visibleAnnotationWhere(viewer), currentVersionAnnotationWhere(slug), { deletedAt: null, claimStatus: { notIn: ['unverified'] }, claimType: { not: null } }] },
    orderBy: [{ turn: { index: 'asc' } }, { start: 'asc' }],
    select: {
      id: true,
      exact: true,
      claimStatus: true,
      createdAt: true,
      author: { select: { name: true } },
      turn: { select: { index: true, speaker: { select: { label: true } } } },
      statusChanges: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true, actor: { select: { name: true } } } },
    },
  });
  return rows.map((row) => {
    const latest = row.statusChanges[0];
    return {
      annotationId: row.id,
      transcriptSlug: slug,
      transcriptTitle: transcript.title,
      heldAt: transcript.heldAt?.toISOString() ?? null,
      turnIndex: row.turn.index,
      speaker: row.turn.speaker.label,
      exact: row.exact,
      status: row.claimStatus as ReviewedClaim['status'],
      reviewer: latest?.actor.name ?? row.author.name,
      reviewedAt: (latest?.createdAt ?? row.createdAt).toISOString(),
    };
  });
}
