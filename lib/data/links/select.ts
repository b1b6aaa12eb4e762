import 'server-only';
import type { Prisma, Visibility } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import type { LinkReason, LinkReasonKind } from '@/lib/linking';
import { visibleJudgmentWhere } from './access-rule';
import type { JudgmentView, LinkVisibilityName, TurnLinkView } from './types';

/** The columns a TurnLinkView is built from; judgments already filtered by the visibility rule. */
export function turnLinkSelect(viewer: Viewer | null) {
  return {
    id: true,
    turnIndex: true,
    origin: true,
    score: true,
    rank: true,
    reasons: true,
    visibility: true,
    addedById: true,
    // Only whether the viewer belongs to the link's group, never who else does ('' matches nobody).
    group: { select: { members: { where: { userId: viewer?.id ?? '', removedAt: null }, select: { userId: true } } } },
    transcript: { select: { slug: true } },
    chronicleEntry: { select: { id: true, key: true, date: true, text: true, chronicle: { select: { slug: true } } } },
    judgments: {
      where: visibleJudgmentWhere(viewer),
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        verdict: true,
        note: true,
        visibility: true,
        updatedAt: true,
        userId: true,
        user: { select: { name: true } },
        group: { select: { id: true, name: true } },
      },
    },
  } satisfies Prisma.TurnLinkSelect;
}

type LinkRow = Prisma.TurnLinkGetPayload<{ select: ReturnType<typeof turnLinkSelect> }>;

/** Links best suggestion first, then the ones the engine no longer ranks, then manual ones, oldest first. */
export const turnLinkOrder: Prisma.TurnLinkOrderByWithRelationInput[] = [
  { turnIndex: 'asc' },
  { rank: { sort: 'asc', nulls: 'last' } },
  { origin: 'asc' },
  { createdAt: 'asc' },
];

const REASON_KINDS: ReadonlySet<string> = new Set<LinkReasonKind>(['entity', 'number', 'term', 'date']);

/** Stored reasons, keeping only well-formed ones (the column is JSON). */
export function parseReasons(value: unknown): LinkReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const { kind, value: text, weight } = item as Record<string, unknown>;
    if (typeof kind !== 'string' || !REASON_KINDS.has(kind) || typeof text !== 'string' || typeof weight !== 'number') return [];
    return [{ kind: kind as LinkReasonKind, value: text, weight }];
  });
}

/** The stored visibility as the views name it (the enums agree; kept as one place to map). */
export const toLinkVisibility = (value: Visibility): LinkVisibilityName => value;

function toJudgmentView(row: LinkRow['judgments'][number], viewer: Viewer | null): JudgmentView {
  return {
    id: row.id,
    authorName: row.user.name,
    isMine: viewer !== null && row.userId === viewer.id,
    verdict: row.verdict,
    note: row.note,
    visibility: toLinkVisibility(row.visibility),
    group: row.visibility === 'group' && row.group ? { id: row.group.id, name: row.group.name } : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Builds the plain object the reader receives; who added a link is only ever "you" or nobody. */
export function toTurnLinkView(row: LinkRow, viewer: Viewer | null): TurnLinkView {
  const judgments = row.judgments.map((judgment) => toJudgmentView(judgment, viewer));
  const addedByMe = viewer !== null && row.addedById === viewer.id;
  // Someone's private (or other group's) manual link that the viewer sees only because the engine ranks it is, to them, a suggestion.
  const inItsGroup = row.visibility === 'group' && (row.group?.members.length ?? 0) > 0;
  const manualShown = row.origin === 'manual' && (row.visibility === 'public' || addedByMe || inItsGroup || row.rank === null);
  return {
    id: row.id,
    transcriptSlug: row.transcript.slug,
    turnIndex: row.turnIndex,
    entry: {
      id: row.chronicleEntry.id,
      key: row.chronicleEntry.key,
      chronicleSlug: row.chronicleEntry.chronicle.slug,
      date: row.chronicleEntry.date?.toISOString().slice(0, 10) ?? null,
      text: row.chronicleEntry.text,
    },
    origin: manualShown ? 'manual' : 'suggested',
    score: row.score,
    rank: row.rank,
    reasons: parseReasons(row.reasons),
    addedByMe,
    confirmations: judgments.filter((j) => j.verdict === 'confirmed').length,
    rejections: judgments.filter((j) => j.verdict === 'rejected').length,
    mine: judgments.find((j) => j.isMine) ?? null,
    notes: judgments.filter((j) => j.note !== null),
  };
}
