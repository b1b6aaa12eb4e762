import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { memberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';
import { progressSubject } from './dashboard';
import { loadProgress } from './progress';
import { assignmentSelect, toAssignmentSummary } from './select';
import type { AssignmentProgress, AssignmentSummary } from '@/lib/assignments/types';

/** An assignment on its class's page: a teacher's summary of the class, or a student's own progress. */
export interface ClassAssignment extends AssignmentSummary {
  /** Teachers: how many current students are complete, of how many. */
  classProgress: { complete: number; students: number } | null;
  /** Students: their own progress. */
  progress: AssignmentProgress | null;
}

/**
 * The assignments of class `groupId` for a current member (newest first; archived ones only for
 * teachers) on transcripts the viewer may read, else an empty list.
 */
export async function listClassAssignments(viewer: Viewer, groupId: string): Promise<ClassAssignment[]> {
  const prisma = getPrisma();
  const rows = await prisma.assignment.findMany({
    where: { groupId, group: { kind: 'class', ...memberGroupWhere(viewer) }, transcript: visibleTranscriptWhere(viewer) },
    orderBy: { createdAt: 'desc' },
    select: assignmentSelect(viewer),
  });
  const teaching = rows[0] ? toAssignmentSummary(rows[0]).teaching : false;
  const students = teaching
    ? (await prisma.groupMembership.findMany({ where: { groupId, removedAt: null, role: { not: 'owner' } }, select: { userId: true } })).map((m) => m.userId)
    : [viewer.id];
  const visible = teaching ? rows : rows.filter((row) => row.archivedAt === null);
  return Promise.all(
    visible.map(async (row) => {
      const progress = await loadProgress(viewer, progressSubject(row), students);
      const summary = toAssignmentSummary(row);
      return teaching
        ? { ...summary, progress: null, classProgress: { complete: [...progress.values()].filter((p) => p.complete).length, students: students.length } }
        : { ...summary, progress: progress.get(viewer.id) ?? null, classProgress: null };
    }),
  );
}
