import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { CreateAssignmentInput, UpdateAssignmentInput } from '@/lib/validation/assignments';
import { activeMemberGroupWhere, memberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';
import { resolvePassageInput } from './passage-input';
import { assignmentSelect, toAssignmentSummary } from './select';
import type { AssignmentSummary } from '@/lib/assignments/types';

/** Classes the viewer teaches (owns) and that are still active: the only place assignments are written. */
const teachingWhere = (viewer: Viewer) => ({ kind: 'class' as const, ...activeMemberGroupWhere(viewer, ['owner']) });

function columns(input: Omit<CreateAssignmentInput, 'groupId' | 'transcriptSlug' | 'passage'>) {
  return {
    title: input.title,
    instructions: input.instructions,
    dueAt: input.dueAt ? new Date(input.dueAt) : null,
    minAnnotations: input.minAnnotations,
    minClaims: input.minClaims,
    minLinks: input.minLinks,
    hideClassmatesUntilDue: input.hideClassmatesUntilDue,
  };
}

/** One assignment for a current member of its class (archived ones too) who may read its transcript, else null. */
export async function getAssignmentForViewer(viewer: Viewer, assignmentId: string): Promise<AssignmentSummary | null> {
  const row = await getPrisma().assignment.findFirst({
    where: { id: assignmentId, group: { kind: 'class', ...memberGroupWhere(viewer) }, transcript: visibleTranscriptWhere(viewer) },
    select: assignmentSelect(viewer),
  });
  return row ? toAssignmentSummary(row) : null;
}

async function readBack(viewer: Viewer, id: string): Promise<AssignmentSummary> {
  const assignment = await getAssignmentForViewer(viewer, id);
  if (!assignment) throw new AppError('not_found');
  return assignment;
}

/**
 * Creates an assignment in an active class the viewer teaches (else AppError('not_found')); the
 * passage is checked against the transcript's current version (AppError('invalid')).
 */
export async function createAssignment(viewer: Viewer, input: CreateAssignmentInput): Promise<AssignmentSummary> {
  const id = await getPrisma().$transaction(async (tx) => {
    const group = await tx.group.findFirst({ where: { id: input.groupId, ...teachingWhere(viewer) }, select: { id: true } });
    if (!group) throw new AppError('not_found');
    const { transcriptId, stored } = await resolvePassageInput(tx, viewer, group.id, input.transcriptSlug, input.passage);
    const created = await tx.assignment.create({
      data: { groupId: group.id, transcriptId, createdById: viewer.id, ...stored, ...columns(input) },
      select: { id: true },
    });
    return created.id;
  });
  return readBack(viewer, id);
}

/** Replaces an active assignment's fields (teachers of its active class only, else not found). */
export async function updateAssignment(viewer: Viewer, input: UpdateAssignmentInput): Promise<AssignmentSummary> {
  await getPrisma().$transaction(async (tx) => {
    const where = { id: input.assignmentId, archivedAt: null, group: teachingWhere(viewer), transcript: visibleTranscriptWhere(viewer) };
    const found = await tx.assignment.findFirst({ where, select: { id: true, groupId: true } });
    if (!found) throw new AppError('not_found');
    const { transcriptId, stored } = await resolvePassageInput(tx, viewer, found.groupId, input.transcriptSlug, input.passage);
    await tx.assignment.update({ where: { id: found.id }, data: { transcriptId, ...stored, ...columns(input) } });
  });
  return readBack(viewer, input.assignmentId);
}

/** Archives an assignment (teachers only): it leaves "My assignments" and takes no new work. */
export async function archiveAssignment(viewer: Viewer, assignmentId: string): Promise<AssignmentSummary> {
  const { count } = await getPrisma().assignment.updateMany({
    where: { id: assignmentId, archivedAt: null, group: teachingWhere(viewer), transcript: visibleTranscriptWhere(viewer) },
    data: { archivedAt: new Date() },
  });
  if (count === 0) throw new AppError('not_found');
  return readBack(viewer, assignmentId);
}
