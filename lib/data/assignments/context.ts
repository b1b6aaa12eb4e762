import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { memberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';
import { progressSubject } from './dashboard';
import { loadPassageTurnIndexes, loadProgress } from './progress';
import { assignmentSelect, toAssignmentSummary } from './select';
import type { AssignmentContext } from '@/lib/assignments/types';

/**
 * The active assignment `assignmentId` on transcript `slug` for a current member of its class,
 * who may read the transcript, else null (signed out, other classes, removed members, archived or unknown assignments). A
 * student gets their own progress; a teacher gets none.
 */
export async function getAssignmentContext(viewer: Viewer | null, assignmentId: string, slug: string): Promise<AssignmentContext | null> {
  if (!viewer) return null;
  const row = await getPrisma().assignment.findFirst({
    where: { id: assignmentId, archivedAt: null, transcript: { AND: [{ slug }, visibleTranscriptWhere(viewer)] }, group: { kind: 'class', ...memberGroupWhere(viewer) } },
    select: assignmentSelect(viewer),
  });
  if (!row) return null;
  const summary = toAssignmentSummary(row);
  const subject = progressSubject(row);
  const [turnIndexes, progress] = await Promise.all([
    loadPassageTurnIndexes(row.transcriptId, subject.passage),
    summary.teaching ? null : loadProgress(viewer, subject, [viewer.id]).then((map) => map.get(viewer.id) ?? null),
  ]);
  return {
    id: summary.id,
    title: summary.title,
    instructions: summary.instructions,
    groupId: summary.groupId,
    groupName: summary.groupName,
    dueAt: summary.dueAt,
    passage: summary.passage,
    turnIndexes,
    teaching: summary.teaching,
    progress,
  };
}
