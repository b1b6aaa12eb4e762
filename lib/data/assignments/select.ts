import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import type { AssignmentPassage, AssignmentSummary } from '@/lib/assignments/types';

/** The columns every assignment read needs, with the viewer's role in the class. */
export function assignmentSelect(viewer: Viewer) {
  return {
    id: true,
    title: true,
    instructions: true,
    groupId: true,
    passageKind: true,
    fromTurn: true,
    toTurn: true,
    speakerLabel: true,
    spanStart: true,
    spanEnd: true,
    dueAt: true,
    minAnnotations: true,
    minClaims: true,
    minLinks: true,
    hideClassmatesUntilDue: true,
    createdAt: true,
    archivedAt: true,
    transcriptId: true,
    transcript: { select: { slug: true, title: true } },
    group: { select: { name: true, members: { where: { userId: viewer.id, removedAt: null }, select: { role: true } } } },
  } satisfies Prisma.AssignmentSelect;
}

export type AssignmentRow = Prisma.AssignmentGetPayload<{ select: ReturnType<typeof assignmentSelect> }>;

/** The passage columns of a row, as the pure rules take them. */
export function passageOf(row: Pick<AssignmentRow, 'passageKind' | 'fromTurn' | 'toTurn' | 'speakerLabel' | 'spanStart' | 'spanEnd'>): AssignmentPassage {
  return {
    kind: row.passageKind,
    fromTurn: row.fromTurn,
    toTurn: row.toTurn,
    speakerLabel: row.speakerLabel,
    spanStart: row.spanStart,
    spanEnd: row.spanEnd,
  };
}

/** A row as a plain summary for the viewer the select was built for. */
export function toAssignmentSummary(row: AssignmentRow): AssignmentSummary {
  return {
    id: row.id,
    title: row.title,
    instructions: row.instructions,
    groupId: row.groupId,
    groupName: row.group.name,
    transcriptSlug: row.transcript.slug,
    transcriptTitle: row.transcript.title,
    dueAt: row.dueAt?.toISOString() ?? null,
    hideClassmatesUntilDue: row.hideClassmatesUntilDue,
    overdue: row.dueAt !== null && row.dueAt.getTime() < Date.now(),
    minAnnotations: row.minAnnotations,
    minClaims: row.minClaims,
    minLinks: row.minLinks,
    passage: passageOf(row),
    teaching: row.group.members[0]?.role === 'owner',
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}
