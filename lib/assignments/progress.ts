import type { AssignmentPassage, AssignmentProgress, AssignmentRequirements, TaskProgress } from '@/lib/assignments/types';
import { passageContains } from '@/lib/assignments/passage';

/** One of the student's annotations stored with the assignment's id. */
export interface ProgressAnnotation {
  turnIndex: number;
  speaker: string;
  start: number;
  end: number;
  hasClaim: boolean;
  deleted: boolean;
  updatedAt: Date;
}

/** One of the student's link judgments on a link of the assignment's transcript. */
export interface ProgressJudgment {
  turnIndex: number;
  confirmed: boolean;
  /** Whether the teacher may read it: public, or shared with the class. */
  sharedWithClass: boolean;
  updatedAt: Date;
}

/**
 * The progress rules, in one place:
 * - annotations: the student's non-deleted annotations stored with this assignment's id whose
 *   selection lies inside the passage (as it is now, should the teacher narrow it later);
 * - claims: those of them that carry a claim;
 * - links: the student's confirmations of links of this transcript on a passage turn, made or
 *   changed since the assignment was created, public or shared with the class, so
 *   the teacher can see every counted piece of work (a private confirmation stays private);
 * - last activity: the latest change among everything counted.
 */
export function computeProgress(
  assignment: AssignmentRequirements & { passage: AssignmentPassage; createdAt: Date },
  /** Indexes of the passage's turns in the current version (passageTurnIndexes). */
  passageTurns: ReadonlySet<number>,
  annotations: readonly ProgressAnnotation[],
  judgments: readonly ProgressJudgment[],
): AssignmentProgress {
  const { passage } = assignment;
  const counted = annotations.filter((a) => !a.deleted && passageContains(passage, { index: a.turnIndex, speaker: a.speaker }, a.start, a.end));
  const links = judgments.filter((j) => j.confirmed && j.sharedWithClass && passageTurns.has(j.turnIndex) && j.updatedAt >= assignment.createdAt);
  const claims = counted.filter((a) => a.hasClaim).length;
  const tasks: TaskProgress[] = (
    [
      ['annotations', counted.length, assignment.minAnnotations],
      ['claims', claims, assignment.minClaims],
      ['links', links.length, assignment.minLinks],
    ] as const
  )
    .filter(([, , required]) => required > 0)
    .map(([kind, done, required]) => ({ kind, done, required, left: Math.max(0, required - done) }));
  const times = [...counted, ...links].map((item) => item.updatedAt.getTime());
  return {
    annotations: counted.length,
    claims,
    links: links.length,
    tasks,
    complete: tasks.every((task) => task.left === 0),
    lastActivity: times.length ? new Date(Math.max(...times)).toISOString() : null,
  };
}
