import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { activeMemberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';
import { progressSubject } from './dashboard';
import { loadProgress } from './progress';
import { assignmentSelect, toAssignmentSummary } from './select';
import type { AssignmentProgress, AssignmentSummary } from '@/lib/assignments/types';

export interface MyAssignment extends AssignmentSummary {
  /** The viewer's progress as a student; null where they teach. */
  progress: AssignmentProgress | null;
}

/**
 * "My assignments": active assignments of every active class the viewer currently belongs to,
 * on transcripts the viewer may read, soonest due first (no due date last), each with the viewer's progress as a student.
 */
export async function listMyAssignments(viewer: Viewer): Promise<MyAssignment[]> {
  const rows = await getPrisma().assignment.findMany({
    where: { archivedAt: null, group: { kind: 'class', ...activeMemberGroupWhere(viewer) }, transcript: visibleTranscriptWhere(viewer) },
    orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'desc' }],
    select: assignmentSelect(viewer),
  });
  return Promise.all(
    rows.map(async (row) => {
      const summary = toAssignmentSummary(row);
      const subject = progressSubject(row);
      const progress = summary.teaching ? null : ((await loadProgress(viewer, subject, [viewer.id])).get(viewer.id) ?? null);
      return { ...summary, progress };
    }),
  );
}
