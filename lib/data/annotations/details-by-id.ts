import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { visibleAnnotationWhere } from './access-rule';
import { nestReplies, replySelect } from './reply-thread';
import { annotationSummarySelect, evidenceSelect, toAnnotationSummary, toEvidenceView } from './select';
import type { AnnotationDetail } from './types';

/** The columns of an AnnotationDetail: the summary's, the reply thread, the evidence and the claim's status history, each oldest first. */
export const annotationDetailSelect = {
  ...annotationSummarySelect,
  replies: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: replySelect },
  evidence: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: evidenceSelect },
  statusChanges: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, from: true, to: true, createdAt: true, actor: { select: { id: true, name: true } }, evidence: { select: evidenceSelect } },
  },
} satisfies Prisma.AnnotationSelect;

type DetailRow = Prisma.AnnotationGetPayload<{ select: typeof annotationDetailSelect }>;

/** The plain object the side panel receives; a tombstone keeps its replies but shows no evidence or history. */
export function toAnnotationDetail(row: DetailRow, viewer: Viewer | null): AnnotationDetail {
  const summary = toAnnotationSummary(row, viewer);
  return {
    ...summary,
    replies: nestReplies(row.replies, viewer),
    evidence: summary.deleted ? [] : row.evidence.map(toEvidenceView),
    statusHistory: summary.deleted
      ? []
      : row.statusChanges.map((change) => ({
          id: change.id,
          actor: change.actor,
          at: change.createdAt.toISOString(),
          from: change.from,
          to: change.to,
          evidence: change.evidence ? toEvidenceView(change.evidence) : null,
        })),
  };
}

/**
 * The annotations `ids` the viewer may see, each as getAnnotationForViewer returns it (thread,
 * evidence, status history), in the order of `ids`; ids that do not exist or that the viewer
 * may not see are left out. One read with the access rule (visibleAnnotationWhere) in its
 * `where`, however many ids: the reader's side panel loads its turn's cards with it.
 */
export async function getAnnotationDetailsForViewer(viewer: Viewer | null, ids: readonly string[]): Promise<AnnotationDetail[]> {
  if (ids.length === 0) return [];
  const rows = await getPrisma().annotation.findMany({
    where: { AND: [{ id: { in: [...ids] } }, visibleAnnotationWhere(viewer)] },
    select: annotationDetailSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toAnnotationDetail(row, viewer)] : [];
  });
}

/**
 * One annotation the viewer may see, with its reply thread (nested, oldest first), its
 * evidence and its claim's status history (oldest first); null when it does not exist or the
 * viewer may not see it. A tombstone keeps its replies but shows no evidence or history.
 */
export async function getAnnotationForViewer(viewer: Viewer | null, id: string): Promise<AnnotationDetail | null> {
  const [detail] = await getAnnotationDetailsForViewer(viewer, [id]);
  return detail ?? null;
}
