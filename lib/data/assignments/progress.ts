import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { visibleAnnotationWhere } from '@/lib/data/annotations/access-rule';
import { passageTurnIndexes } from '@/lib/assignments/passage';
import { computeProgress, type ProgressAnnotation, type ProgressJudgment } from '@/lib/assignments/progress';
import type { AssignmentPassage, AssignmentProgress, AssignmentRequirements } from '@/lib/assignments/types';

/** What progress needs to know about an assignment. */
export interface ProgressSubject extends AssignmentRequirements {
  id: string;
  groupId: string;
  transcriptId: string;
  createdAt: Date;
  passage: AssignmentPassage;
}

/** Indexes of the passage's turns in the transcript's current version. */
export async function loadPassageTurnIndexes(transcriptId: string, passage: AssignmentPassage): Promise<number[]> {
  const turns = await getPrisma().turn.findMany({
    where: { version: { currentOf: { is: { id: transcriptId } } } },
    select: { index: true, speaker: { select: { label: true } } },
  });
  return passageTurnIndexes(passage, turns.map((t) => ({ index: t.index, speaker: t.speaker.label })));
}

/**
 * Progress of each of `studentIds` on the assignment (computeProgress), reading only what
 * `viewer` may read: annotations through visibleAnnotationWhere, confirmations that are public
 * or shared with the class. Students without any work get zero progress.
 */
export async function loadProgress(viewer: Viewer, subject: ProgressSubject, studentIds: readonly string[]): Promise<Map<string, AssignmentProgress>> {
  const prisma = getPrisma();
  const turnIndexes = await loadPassageTurnIndexes(subject.transcriptId, subject.passage);
  const [annotations, judgments] = await Promise.all([
    prisma.annotation.findMany({
      where: { AND: [{ assignmentId: subject.id, authorId: { in: [...studentIds] }, deletedAt: null }, visibleAnnotationWhere(viewer)] },
      select: { authorId: true, start: true, end: true, claimType: true, updatedAt: true, turn: { select: { index: true, speaker: { select: { label: true } } } } },
    }),
    prisma.linkJudgment.findMany({
      where: {
        userId: { in: [...studentIds] },
        verdict: 'confirmed',
        link: { transcriptId: subject.transcriptId, turnIndex: { in: turnIndexes } },
        OR: [{ visibility: 'public' }, { visibility: 'group', groupId: subject.groupId }],
      },
      select: { userId: true, verdict: true, visibility: true, updatedAt: true, link: { select: { turnIndex: true } } },
    }),
  ]);
  const passageTurns = new Set(turnIndexes);
  return new Map(
    studentIds.map((studentId) => {
      const own: ProgressAnnotation[] = annotations
        .filter((a) => a.authorId === studentId)
        .map((a) => ({ turnIndex: a.turn.index, speaker: a.turn.speaker.label, start: a.start, end: a.end, hasClaim: a.claimType !== null, deleted: false, updatedAt: a.updatedAt }));
      const confirmations: ProgressJudgment[] = judgments
        .filter((j) => j.userId === studentId)
        .map((j) => ({ turnIndex: j.link.turnIndex, confirmed: j.verdict === 'confirmed', sharedWithClass: true, updatedAt: j.updatedAt }));
      return [studentId, computeProgress(subject, passageTurns, own, confirmations)];
    }),
  );
}
