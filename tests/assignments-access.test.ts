// Who may read what around an assignment: classmates' work hidden until the due date (on every
// read path), the CSV export and the assignment actions. Real PostgreSQL, no mocks of our data.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const { handleGetAnnotation, handleListAnnotations } = await import('@/app/api/annotations/handle-annotations');
const { handleExportAssignment } = await import('@/app/groups/[id]/assignments/[assignmentId]/export.csv/handle-export');
const actions = await import('@/lib/actions/assignment-actions');
const { createAnnotation } = await import('@/lib/data/annotations');
const { getAnnotationForViewer } = await import('@/lib/data/annotations');
const read = await import('@/lib/data/annotations');
const { createGroup } = await import('@/lib/data/groups');
const { joinGroup, removeMember } = await import('@/lib/data/groups');
const { createAssignment } = await import('@/lib/data/assignments');
const { createTranslator } = await import('@/lib/i18n/translate');
const support = await import('./support/annotation-database');
const { SLUG, createUser, selectionOf, turnText } = support;

let db: TestDatabase;
let teacher: Viewer, author: Viewer, classmate: Viewer, otherStudent: Viewer, removed: Viewer, stranger: Viewer;
let classId: string, otherClassId: string, assignmentId: string, workId: string;
const t = createTranslator('en');
const url = (path: string) => new URL(`http://rostrum.test${path}`);

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  teacher = await createUser(db, 'Teacher');
  author = await createUser(db, '=HYPERLINK("x"),"张三"');
  classmate = await createUser(db, 'Classmate');
  otherStudent = await createUser(db, 'Other student');
  removed = await createUser(db, 'Removed');
  stranger = await createUser(db, 'Stranger');
  const klass = await createGroup(teacher, { name: 'Class A', kind: 'class' });
  const other = await createGroup(stranger, { name: 'Class B', kind: 'class' });
  classId = klass.id;
  otherClassId = other.id;
  for (const who of [author, classmate, removed]) await joinGroup(who, klass.joinCode!);
  await joinGroup(otherStudent, other.joinCode!);
  const assignment = await createAssignment(teacher, {
    groupId: classId,
    transcriptSlug: SLUG,
    title: 'Hidden until due',
    instructions: '',
    passage: { kind: 'turn_range', fromTurn: 10, toTurn: 14 },
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    minAnnotations: 1,
    minClaims: 0,
    minLinks: 0,
    hideClassmatesUntilDue: true,
  });
  assignmentId = assignment.id;
  const exact = (await turnText(db, 11)).slice(0, 5);
  const work = await createAnnotation(author, { ...(await selectionOf(db, 11, exact)), visibility: 'group', groupId: classId, assignmentId });
  workId = work.id;
  await removeMember(teacher, classId, removed.id);
}, 120_000);

afterAll(() => support.tearDownAnnotationDatabase(db));

/** Whether `viewer` sees the work on each read path: list, one, counts, API list, API one. */
async function sees(viewer: Viewer | null): Promise<boolean[]> {
  const list = await read.listAnnotationsForTranscript(viewer, SLUG);
  const counts = await read.countAnnotationsByTurn(viewer, SLUG);
  const apiList = (await (await handleListAnnotations(viewer, url(`/api/annotations?transcript=${SLUG}`))).json()) as { annotations: { id: string }[] };
  return [
    list.some((a) => a.id === workId),
    (await getAnnotationForViewer(viewer, workId)) !== null,
    (counts[11] ?? 0) > 0,
    apiList.annotations.some((a) => a.id === workId),
    (await handleGetAnnotation(viewer, workId)).status === 200,
  ];
}

describe('classmates’ work hidden until the due date', () => {
  it('shows it to its author and the teacher only, on every path', async () => {
    expect(await sees(author)).toEqual([true, true, true, true, true]);
    expect(await sees(teacher)).toEqual([true, true, true, true, true]);
    for (const viewer of [classmate, otherStudent, removed, stranger, null]) expect(await sees(viewer)).toEqual([false, false, false, false, false]);
  });

  it('shows it to classmates once the due date has passed', async () => {
    await db.prisma.assignment.update({ where: { id: assignmentId }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect(await sees(classmate)).toEqual([true, true, true, true, true]);
    for (const viewer of [otherStudent, removed, stranger, null]) expect(await sees(viewer)).toEqual([false, false, false, false, false]);
    await db.prisma.assignment.update({ where: { id: assignmentId }, data: { dueAt: new Date(Date.now() + 86_400_000) } });
  });

  it('shows it to classmates when the assignment does not hide work', async () => {
    await db.prisma.assignment.update({ where: { id: assignmentId }, data: { hideClassmatesUntilDue: false } });
    expect(await sees(classmate)).toEqual([true, true, true, true, true]);
    await db.prisma.assignment.update({ where: { id: assignmentId }, data: { hideClassmatesUntilDue: true } });
    expect(await sees(classmate)).toEqual([false, false, false, false, false]);
  });
});

describe('CSV export', () => {
  it('gives the teacher an escaped, BOM-prefixed attachment', async () => {
    const response = await handleExportAssignment(teacher, classId, assignmentId, t);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="assignment-${assignmentId}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the BOM it was just shown.
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Student,Annotations,Claims,Links confirmed,Tasks done,Complete,Last activity (UTC)');
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\),""张三""",1,0,0,1\/1,yes,\d{4}-/);
    expect(lines[2]).toBe('Classmate,0,0,0,0/1,no,');
    expect(lines).toHaveLength(4);
  });

  it.each([
    ['a student of the class', () => author],
    ['a student of another class', () => otherStudent],
    ['a removed student', () => removed],
    ['a non-member', () => stranger],
    ['a signed-out visitor', () => null],
  ])('answers 404 to %s', async (_who, viewer) => {
    const response = await handleExportAssignment(viewer(), classId, assignmentId, t);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Classmate');
  });

  it('answers 404 for the assignment under another class id', async () => {
    expect((await handleExportAssignment(stranger, otherClassId, assignmentId, t)).status).toBe(404);
  });
});

describe('assignment actions', () => {
  const input = () => ({
    groupId: classId,
    transcriptSlug: SLUG,
    title: 'Via the action',
    passage: { kind: 'turn_range' as const, fromTurn: 10, toTurn: 11 },
  });

  it('lets the teacher create and archive; defaults fill the rest', async () => {
    signInAs(teacher);
    const created = await actions.createAssignmentAction(input());
    expect(created).toMatchObject({ ok: true, data: { title: 'Via the action', minAnnotations: 0, dueAt: null, hideClassmatesUntilDue: false } });
    const id = created.ok ? created.data.id : '';
    expect(await actions.archiveAssignmentAction({ assignmentId: id })).toMatchObject({ ok: true });
  });

  it.each([
    ['a student', () => author, 'not_found'],
    ['a non-member', () => stranger, 'not_found'],
    ['a visitor', () => null, 'unauthenticated'],
  ])('refuses %s', async (_who, viewer, code) => {
    signInAs(viewer());
    expect(await actions.createAssignmentAction(input())).toMatchObject({ ok: false, code });
    expect(await actions.archiveAssignmentAction({ assignmentId })).toMatchObject({ ok: false, code });
  });

  it('validates the input before anything else', async () => {
    signInAs(teacher);
    expect(await actions.createAssignmentAction({ ...input(), title: '  ' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await actions.createAssignmentAction({ ...input(), minAnnotations: -1 })).toMatchObject({ ok: false, code: 'invalid' });
  });
});
