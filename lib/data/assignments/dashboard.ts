import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { visibleAnnotationWhere } from '@/lib/data/annotations/access-rule';
import { memberGroupWhere } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';
import { loadPassageTurnIndexes, loadProgress, type ProgressSubject } from './progress';
import { assignmentSelect, passageOf, toAssignmentSummary, type AssignmentRow } from './select';
import type { AssignmentProgress, AssignmentSummary } from '@/lib/assignments/types';

/** One student's row on the teacher's dashboard. */
export interface StudentProgressRow {
  userId: string;
  name: string;
  progress: AssignmentProgress;
}

export interface AssignmentDashboard {
  assignment: AssignmentSummary;
  turnIndexes: number[];
  students: StudentProgressRow[];
}

/** One annotation of a student's work, as the teacher reads it. */
export interface StudentWorkItem {
  id: string;
  turnIndex: number;
  exact: string;
  bodyText: string;
  claimType: string | null;
  claimStatus: string | null;
  /** ISO 8601. */
  updatedAt: string;
}

export interface StudentWork {
  assignment: AssignmentSummary;
  student: { userId: string; name: string };
  progress: AssignmentProgress;
  annotations: StudentWorkItem[];
}

export function progressSubject(row: AssignmentRow): ProgressSubject {
  return { ...row, passage: passageOf(row) };
}

/** The assignment when the viewer teaches (owns) its class and may read its transcript, archived or not; else null. */
async function findTaught(viewer: Viewer, groupId: string, assignmentId: string): Promise<AssignmentRow | null> {
  return getPrisma().assignment.findFirst({
    where: { id: assignmentId, groupId, group: { kind: 'class', ...memberGroupWhere(viewer, ['owner']) }, transcript: visibleTranscriptWhere(viewer) },
    select: assignmentSelect(viewer),
  });
}

/** Current students of the class (every member who is not an owner), by name. */
async function listStudents(groupId: string, userId?: string) {
  const rows = await getPrisma().groupMembership.findMany({
    where: { groupId, removedAt: null, role: { not: 'owner' }, ...(userId ? { userId } : {}) },
    orderBy: { joinedAt: 'asc' },
    select: { userId: true, user: { select: { name: true } } },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name }));
}

/**
 * The teacher's dashboard: every current student with their progress. Only owners of the class
 * see it; anyone else (students, other classes, removed members, strangers) gets null.
 */
export async function getAssignmentDashboard(viewer: Viewer, groupId: string, assignmentId: string): Promise<AssignmentDashboard | null> {
  const row = await findTaught(viewer, groupId, assignmentId);
  if (!row) return null;
  const subject = progressSubject(row);
  const students = await listStudents(groupId);
  const [progress, turnIndexes] = await Promise.all([
    loadProgress(viewer, subject, students.map((s) => s.userId)),
    loadPassageTurnIndexes(row.transcriptId, subject.passage),
  ]);
  return {
    assignment: toAssignmentSummary(row),
    turnIndexes,
    students: students.map((s) => ({ ...s, progress: progress.get(s.userId)! })),
  };
}

/**
 * One current student's work on the assignment for the class's teacher, else null: the
 * annotations stored with the assignment that the teacher may read (group-visible by
 * construction), in turn order.
 */
export async function getStudentWork(viewer: Viewer, groupId: string, assignmentId: string, studentId: string): Promise<StudentWork | null> {
  const row = await findTaught(viewer, groupId, assignmentId);
  if (!row) return null;
  const [student] = await listStudents(groupId, studentId);
  if (!student) return null;
  const [progress, annotations] = await Promise.all([
    loadProgress(viewer, progressSubject(row), [student.userId]),
    getPrisma().annotation.findMany({
      where: { AND: [{ assignmentId: row.id, authorId: student.userId, deletedAt: null }, visibleAnnotationWhere(viewer)] },
      orderBy: [{ turn: { index: 'asc' } }, { start: 'asc' }],
      select: { id: true, exact: true, bodyText: true, claimType: true, claimStatus: true, updatedAt: true, turn: { select: { index: true } } },
    }),
  ]);
  return {
    assignment: toAssignmentSummary(row),
    student,
    progress: progress.get(student.userId)!,
    annotations: annotations.map(({ turn, updatedAt, ...a }) => ({ ...a, turnIndex: turn.index, updatedAt: updatedAt.toISOString() })),
  };
}
