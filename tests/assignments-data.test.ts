// Assignments against real PostgreSQL: who may create, edit and read them; which annotations
// count as work for one (resolveAssignmentWork); what the progress numbers are.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import type { TestDatabase } from './support/test-database';

vi.mock('next/cache', () => import('./support/mock-next-cache'));

const { createAnnotation, deleteAnnotation, updateAnnotation } = await import('@/lib/data/annotations');
const { createGroup, archiveGroup } = await import('@/lib/data/groups');
const { joinGroup, removeMember } = await import('@/lib/data/groups');
const assignments = await import('@/lib/data/assignments');
const { getAssignmentDashboard, getStudentWork } = await import('@/lib/data/assignments');
const { getAssignmentContext } = await import('@/lib/data/assignments');
const { listMyAssignments } = await import('@/lib/data/assignments');
const support = await import('./support/annotation-database');
const { SLUG, createUser, selectionOf, turnText } = support;

let db: TestDatabase;
let teacher: Viewer, student: Viewer, classmate: Viewer, otherStudent: Viewer, stranger: Viewer, removed: Viewer;
let classId: string, otherClassId: string, assignmentId: string;

/** The first few characters of turn `index`, for selections. */
const startOf = async (index: number, length = 4) => (await turnText(db, index)).slice(0, length);
const code = (error: unknown) => (error as { code?: string }).code;
const message = (error: unknown) => (error as Error).message;

async function annotate(viewer: Viewer, turn: number, extra: Record<string, unknown> = {}) {
  return createAnnotation(viewer, { ...(await selectionOf(db, turn, await startOf(turn))), visibility: 'group', groupId: classId, assignmentId, ...extra });
}

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  teacher = await createUser(db, 'Teacher');
  student = await createUser(db, 'Student');
  classmate = await createUser(db, 'Classmate');
  otherStudent = await createUser(db, 'Other student');
  stranger = await createUser(db, 'Stranger');
  removed = await createUser(db, 'Removed');
  const klass = await createGroup(teacher, { name: 'Class A', kind: 'class' });
  const other = await createGroup(stranger, { name: 'Class B', kind: 'class' });
  classId = klass.id;
  otherClassId = other.id;
  for (const who of [student, classmate, removed]) await joinGroup(who, klass.joinCode!);
  await joinGroup(otherStudent, other.joinCode!);
  const created = await assignments.createAssignment(teacher, {
    groupId: classId,
    transcriptSlug: SLUG,
    title: 'Turns 10–14',
    instructions: 'Annotate the claims',
    passage: { kind: 'turn_range', fromTurn: 10, toTurn: 14 },
    dueAt: null,
    minAnnotations: 2,
    minClaims: 1,
    minLinks: 1,
    hideClassmatesUntilDue: false,
  });
  assignmentId = created.id;
  await removeMember(teacher, classId, removed.id);
}, 120_000);

afterAll(() => support.tearDownAnnotationDatabase(db));

const base = () => ({
  transcriptSlug: SLUG,
  title: 'Another',
  instructions: '',
  passage: { kind: 'turn_range' as const, fromTurn: 1, toTurn: 2 },
  dueAt: null,
  minAnnotations: 1,
  minClaims: 0,
  minLinks: 0,
  hideClassmatesUntilDue: false,
});

describe('creating and editing assignments', () => {
  it('lets the teacher create, edit and archive; the class sees it', async () => {
    const made = await assignments.createAssignment(teacher, { ...base(), groupId: classId, passage: { kind: 'span', turn: 3, quote: await startOf(3, 6) } });
    expect(made.passage).toMatchObject({ kind: 'span', fromTurn: 3, toTurn: 3, spanStart: 0, spanEnd: 6 });
    const edited = await assignments.updateAssignment(teacher, { ...base(), assignmentId: made.id, title: 'Renamed', dueAt: '2030-01-01T00:00:00Z' });
    expect(edited).toMatchObject({ title: 'Renamed', dueAt: '2030-01-01T00:00:00.000Z', passage: { kind: 'turn_range', fromTurn: 1, toTurn: 2 } });
    expect((await assignments.getAssignmentForViewer(student, made.id))?.title).toBe('Renamed');
    await assignments.archiveAssignment(teacher, made.id);
    expect((await listMyAssignments(student)).map((a) => a.id)).toEqual([assignmentId]);
  });

  it.each([
    ['a student of the class', () => student],
    ['a student of another class', () => otherStudent],
    ['a removed student', () => removed],
    ['a non-member', () => stranger],
  ])('refuses %s as not found', async (_who, viewer) => {
    await expect(assignments.createAssignment(viewer(), { ...base(), groupId: classId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(assignments.updateAssignment(viewer(), { ...base(), assignmentId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(assignments.archiveAssignment(viewer(), assignmentId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a passage the transcript does not have', async () => {
    const bad = (passage: object) => assignments.createAssignment(teacher, { ...base(), groupId: classId, passage: passage as never });
    await expect(bad({ kind: 'turn_range', fromTurn: 5, toTurn: 4 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(bad({ kind: 'turn_range', fromTurn: 1, toTurn: 9999 })).rejects.toMatchObject({ code: 'invalid' });
    await expect(bad({ kind: 'speaker', speakerLabel: 'Nobody' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(bad({ kind: 'span', turn: 3, quote: 'not in the turn at all ✗' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('shows the assignment only to current members of the class', async () => {
    expect(await assignments.getAssignmentForViewer(teacher, assignmentId)).toMatchObject({ teaching: true });
    expect(await assignments.getAssignmentForViewer(student, assignmentId)).toMatchObject({ teaching: false });
    for (const outsider of [otherStudent, removed, stranger]) {
      expect(await assignments.getAssignmentForViewer(outsider, assignmentId)).toBeNull();
      expect(await getAssignmentContext(outsider, assignmentId, SLUG)).toBeNull();
    }
    expect(await getAssignmentContext(null, assignmentId, SLUG)).toBeNull();
    expect(await getAssignmentContext(student, assignmentId, 'another-slug')).toBeNull();
    expect((await getAssignmentContext(student, assignmentId, SLUG))?.turnIndexes).toEqual([10, 11, 12, 13, 14]);
  });
});

describe('resolveAssignmentWork', () => {
  it('stores work inside the passage with the assignment id', async () => {
    const made = await annotate(classmate, 12);
    expect(made.assignmentId).toBe(assignmentId);
    await deleteAnnotation(classmate, made.id);
  });

  it('keeps the work shared with its class: publishing it or moving it to another group is refused', async () => {
    const made = await annotate(classmate, 13);
    for (const change of [{ visibility: 'public' as const }, { visibility: 'private' as const }]) {
      await expect(updateAnnotation(classmate, made.id, { ...change, expectedRevision: made.revision })).rejects.toMatchObject({ code: 'invalid' });
    }
    const row = await db.prisma.annotation.findUniqueOrThrow({ where: { id: made.id }, select: { visibility: true, groupId: true, revision: true } });
    expect(row).toEqual({ visibility: 'group', groupId: classId, revision: made.revision });
    await deleteAnnotation(classmate, made.id);
  });

  it('refuses a turn outside the passage', async () => {
    const error = await annotate(student, 9).catch((e: unknown) => e);
    expect(code(error)).toBe('invalid');
    expect(message(error)).toBe("turn 9 is outside the assignment's passage");
  });

  it('refuses work not shared with the class', async () => {
    const sel = await selectionOf(db, 10, await startOf(10));
    const privately = await createAnnotation(student, { ...sel, assignmentId }).catch((e: unknown) => e);
    expect(code(privately)).toBe('invalid');
    expect(message(privately)).toMatch(/class/);
    const publicly = await createAnnotation(student, { ...sel, visibility: 'public', assignmentId }).catch((e: unknown) => e);
    expect(code(publicly)).toBe('invalid');
  });

  it('refuses non-members, removed students and other classes', async () => {
    const sel = await selectionOf(db, 10, await startOf(10));
    await expect(createAnnotation(stranger, { ...sel, assignmentId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(createAnnotation(removed, { ...sel, assignmentId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(createAnnotation(otherStudent, { ...sel, visibility: 'group', groupId: otherClassId, assignmentId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses an archived assignment and a span outside its offsets', async () => {
    const archived = await assignments.createAssignment(teacher, { ...base(), groupId: classId, passage: { kind: 'turn_range', fromTurn: 10, toTurn: 10 } });
    await assignments.archiveAssignment(teacher, archived.id);
    await expect(annotate(student, 10, { assignmentId: archived.id })).rejects.toMatchObject({ code: 'not_found' });
    const span = await assignments.createAssignment(teacher, { ...base(), groupId: classId, passage: { kind: 'span', turn: 10, start: 0, end: 2 } });
    await expect(annotate(student, 10, { assignmentId: span.id })).rejects.toMatchObject({ code: 'invalid' });
    const inside = await createAnnotation(student, { ...(await selectionOf(db, 10, await startOf(10, 2))), visibility: 'group', groupId: classId, assignmentId: span.id });
    expect(inside.assignmentId).toBe(span.id);
    await deleteAnnotation(student, inside.id);
  });
});

describe('progress and the dashboard', () => {
  it('counts annotations, claims and shared confirmations on the passage', async () => {
    await annotate(student, 10, { claim: { type: 'statistic' } });
    const deleted = await annotate(student, 11);
    await deleteAnnotation(student, deleted.id);
    const entry = await db.prisma.chronicleEntry.findFirstOrThrow({ select: { id: true } });
    const transcript = await db.prisma.transcript.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const link = (turnIndex: number) =>
      db.prisma.turnLink.create({ data: { transcriptId: transcript.id, turnIndex, chronicleEntryId: entry.id, origin: 'manual', addedById: teacher.id } });
    const [inPassage, outside, privateOne] = await Promise.all([link(13), link(20), link(14)]);
    await db.prisma.linkJudgment.createMany({
      data: [
        { linkId: inPassage.id, userId: student.id, verdict: 'confirmed', visibility: 'group', groupId: classId },
        { linkId: outside.id, userId: student.id, verdict: 'confirmed', visibility: 'public' },
        { linkId: privateOne.id, userId: student.id, verdict: 'confirmed', visibility: 'private' },
      ],
    });
    const dashboard = await getAssignmentDashboard(teacher, classId, assignmentId);
    const row = dashboard?.students.find((s) => s.userId === student.id);
    expect(row?.progress).toMatchObject({
      annotations: 1,
      claims: 1,
      links: 1,
      complete: false,
      tasks: [
        { kind: 'annotations', done: 1, required: 2, left: 1 },
        { kind: 'claims', done: 1, required: 1, left: 0 },
        { kind: 'links', done: 1, required: 1, left: 0 },
      ],
    });
    expect(row?.progress.lastActivity).not.toBeNull();
    expect(dashboard?.students.map((s) => s.name)).toEqual(['Student', 'Classmate']);
    await annotate(student, 14);
    const mine = (await listMyAssignments(student)).find((a) => a.id === assignmentId);
    expect(mine?.progress).toMatchObject({ annotations: 2, complete: true });
  });

  it('shows the dashboard and student work to the teacher only', async () => {
    const work = await getStudentWork(teacher, classId, assignmentId, student.id);
    expect(work?.annotations.map((a) => a.turnIndex)).toEqual([10, 14]);
    for (const viewer of [student, classmate, otherStudent, removed, stranger]) {
      expect(await getAssignmentDashboard(viewer, classId, assignmentId)).toBeNull();
      expect(await getStudentWork(viewer, classId, assignmentId, student.id)).toBeNull();
    }
    expect(await getAssignmentDashboard(stranger, otherClassId, assignmentId)).toBeNull();
    expect(await getStudentWork(teacher, classId, assignmentId, removed.id)).toBeNull();
  });

  it('keeps the dashboard readable after the class is archived, but takes no new work', async () => {
    const klass = await createGroup(teacher, { name: 'Class C', kind: 'class' });
    await joinGroup(classmate, klass.joinCode!);
    const made = await assignments.createAssignment(teacher, { ...base(), groupId: klass.id });
    await archiveGroup(teacher, klass.id);
    expect(await getAssignmentDashboard(teacher, klass.id, made.id)).not.toBeNull();
    const sel = await selectionOf(db, 1, await startOf(1));
    await expect(createAnnotation(classmate, { ...sel, visibility: 'group', groupId: klass.id, assignmentId: made.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});
