import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import type { BoardQuery } from '@/lib/validation/team';
import { currentVersionAnnotationWhere, visibleAnnotationWhere } from '@/lib/data/annotations/access-rule';
import { assembleBoard, filterAndSortSpans, type PlacedClaim, type PlacedDecision } from '@/lib/agreement/claim-board-view';
import type { ClaimBoard } from '@/lib/agreement/claim-board-types';
import { MODERATOR_ROLES, memberGroupWhere } from './access-rule';
import { visibleCurrentTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** How much of a note the board shows, in code points. */
const EXCERPT_LENGTH = 140;

/**
 * The team's claims on the current version of `slug`: not deleted, `group` visibility in this
 * team, and readable by the viewer under the one rule (so a hidden claim shows only to its
 * author and the team's moderators, and never anyone's private claim).
 */
export function teamClaimsWhere(viewer: Viewer, groupId: string, slug: string): Prisma.AnnotationWhereInput {
  return {
    AND: [visibleAnnotationWhere(viewer), currentVersionAnnotationWhere(slug), { groupId, visibility: 'group', claimType: { not: null }, deletedAt: null }],
  };
}

const claimSelect = {
  id: true,
  start: true,
  end: true,
  exact: true,
  claimType: true,
  claimStatus: true,
  bodyText: true,
  hiddenAt: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  turn: { select: { index: true, speaker: { select: { label: true } } } },
  _count: { select: { evidence: true } },
} satisfies Prisma.AnnotationSelect;

function excerpt(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= EXCERPT_LENGTH ? chars.join('') : `${chars.slice(0, EXCERPT_LENGTH).join('')}…`;
}

/**
 * A team's claim board for transcript `slug`: the team's claims grouped by span with
 * disagreements and the decisions kept, agreement on status, then `query`'s filters and order.
 * Null when the viewer is not a current member of team `groupId` or the transcript does not
 * exist or the viewer may not read it (visibleTranscriptWhere; the page answers 404 for all).
 */
export async function getClaimBoard(viewer: Viewer, groupId: string, slug: string, query: BoardQuery = {}): Promise<ClaimBoard | null> {
  const prisma = getPrisma();
  const [group, transcript] = await Promise.all([
    prisma.group.findFirst({
      where: { id: groupId, kind: 'team', ...memberGroupWhere(viewer) },
      select: { id: true, name: true, archivedAt: true, members: { where: { userId: viewer.id, removedAt: null }, select: { role: true } } },
    }),
    prisma.transcript.findFirst({ where: visibleCurrentTranscriptWhere(viewer, slug), select: { id: true, slug: true, title: true } }),
  ]);
  const myRole = group?.members[0]?.role;
  if (!group || !myRole || !transcript) return null;

  const [rows, decisionRows] = await Promise.all([
    prisma.annotation.findMany({ where: teamClaimsWhere(viewer, group.id, transcript.slug), select: claimSelect, orderBy: { createdAt: 'asc' } }),
    prisma.claimAdjudication.findMany({
      where: { groupId: group.id, transcriptId: transcript.id },
      orderBy: { decidedAt: 'desc' },
      select: { turnIndex: true, start: true, end: true, claimType: true, claimStatus: true, note: true, decidedAt: true, decidedBy: { select: { id: true, name: true } } },
    }),
  ]);
  const claims: PlacedClaim[] = rows.map((row) => ({
    id: row.id,
    turnIndex: row.turn.index,
    speaker: row.turn.speaker.label,
    author: row.author,
    isMine: row.author.id === viewer.id,
    type: row.claimType!,
    status: row.claimStatus ?? 'unverified',
    start: row.start,
    end: row.end,
    exact: row.exact,
    evidenceCount: row._count.evidence,
    noteExcerpt: excerpt(row.bodyText),
    hidden: row.hiddenAt !== null,
    createdAt: row.createdAt.toISOString(),
  }));
  const decisions: PlacedDecision[] = decisionRows.map((row) => ({
    turnIndex: row.turnIndex,
    start: row.start,
    end: row.end,
    type: row.claimType,
    status: row.claimStatus,
    note: row.note,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
  }));
  const { spans, agreement } = assembleBoard(claims, decisions);
  const speakers = [...new Set(spans.map((span) => span.speaker))];
  return {
    group: { id: group.id, name: group.name, myRole, archived: group.archivedAt !== null },
    canAdjudicate: group.archivedAt === null && MODERATOR_ROLES.includes(myRole),
    transcript: { slug: transcript.slug, title: transcript.title },
    spans: filterAndSortSpans(spans, query),
    totals: { spans: spans.length, claims: claims.length, disagreements: spans.filter((span) => span.disagreement).length },
    agreement,
    speakers,
  };
}
