import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { AppError } from '@/lib/errors';
import { passageContains } from '@/lib/assignments/passage';
import { passageOf } from './select';
import { memberGroupWhere } from '@/lib/data/groups/access-rule';

/** Where a new annotation sits, for checking it against an assignment's passage. */
export interface AssignmentWorkTarget {
  assignmentId: string | undefined;
  /** The group the annotation is visible to (null unless `group` visibility). */
  groupId: string | null;
  transcriptId: string;
  turnIndex: number;
  anchor: { start: number; end: number };
}

/**
 * The assignment id to store with a new annotation, or null without one. The assignment must
 * exist, be active, belong to the annotation's transcript and to a class the viewer currently
 * belongs to (else AppError('not_found')); the annotation must be visible to exactly that class
 * (work for an assignment is always the class's to read) and lie inside the passage (else
 * AppError('invalid')). Offsets are code points within the turn text.
 */
export async function resolveAssignmentWork(tx: Prisma.TransactionClient, viewer: Viewer, target: AssignmentWorkTarget): Promise<string | null> {
  if (target.assignmentId === undefined) return null;
  const assignment = await tx.assignment.findFirst({
    where: { id: target.assignmentId, archivedAt: null, transcriptId: target.transcriptId, group: { kind: 'class', ...memberGroupWhere(viewer) } },
    select: { id: true, groupId: true, passageKind: true, fromTurn: true, toTurn: true, speakerLabel: true, spanStart: true, spanEnd: true },
  });
  if (!assignment) throw new AppError('not_found');
  if (target.groupId !== assignment.groupId) {
    throw new AppError('invalid', "Work for an assignment is shared with the assignment's class: choose group visibility for that class");
  }
  const turn = await tx.turn.findFirst({
    where: { index: target.turnIndex, version: { currentOf: { is: { id: target.transcriptId } } } },
    select: { speaker: { select: { label: true } } },
  });
  const inside = turn && passageContains(passageOf(assignment), { index: target.turnIndex, speaker: turn.speaker.label }, target.anchor.start, target.anchor.end);
  if (!inside) throw new AppError('invalid', `turn ${target.turnIndex} is outside the assignment's passage`);
  return assignment.id;
}
