// Who may see and change a GROUP annotation, as one table: viewer × state × path. States: shown,
// hidden (by a moderator), and the author's private annotation, which no role in any group may
// read. Viewers: tests/support/group-world.ts (members and roles of the class, a removed member, a
// stranger, the teacher and a student of another class the author is also in, a visitor).
// Every case checks the outcome AND that nothing of the annotation (quote, body, tags, reply,
// evidence note, author's name) shows up where the viewer may not see it (tests/support/access-matrix.ts).
// To add a path, add a row to READS or WRITES; to add a kind of viewer, add it to
// tests/support/group-world.ts and to the `expected*` functions.
import { afterAll, beforeAll, beforeEach, expect, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { describeAccessMatrix, describeSize, matrixCases, result, seen, type Outcome } from './support/access-matrix';
import { AUTHOR_NAME, GROUP_MEMBERS, GROUP_WHO, makeGroupWorld, type GroupWho } from './support/group-world';
import type { TestDatabase } from './support/test-database';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const { handleGetAnnotation, handleListAnnotations } = await import('@/app/api/annotations/handle-annotations');
const actions = await import('@/lib/actions/annotation-actions');
const { hideAnnotationAction } = await import('@/lib/actions/group-actions');
const { createAnnotation } = await import('@/lib/data/annotations');
const { createReply } = await import('@/lib/data/annotations');
const { addEvidence } = await import('@/lib/data/annotations');
const { getAnnotationForViewer } = await import('@/lib/data/annotations');
const { hideAnnotation } = await import('@/lib/data/groups');
const read = await import('@/lib/data/annotations');
const support = await import('./support/annotation-database');
const { SLUG, docOf } = support;

type State = 'shown' | 'hidden' | 'private';
interface Subject {
  annotationId: string;
  secrets: string[];
}
const url = (path: string) => new URL(`http://rostrum.test${path}`);

const READS: Record<string, (viewer: Viewer | null, s: Subject) => Promise<Outcome>> = {
  'data list': async (viewer) => {
    const list = await read.listAnnotationsForTranscript(viewer, SLUG);
    return seen(list.length === 1, list);
  },
  'data get one': async (viewer, s) => {
    const one = await getAnnotationForViewer(viewer, s.annotationId);
    return seen(one !== null, one);
  },
  'data counts': async (viewer) => {
    const counts = await read.countAnnotationsByTurn(viewer, SLUG);
    return seen(counts[2] === 1, counts);
  },
  'data claims list': async (viewer) => {
    const list = await read.listClaimsForTranscript(viewer, SLUG);
    return seen(list.length === 1, list);
  },
  'route list': async (viewer) => {
    const response = await handleListAnnotations(viewer, url(`/api/annotations?transcript=${SLUG}`));
    const body = (await response.json()) as { annotations: unknown[] };
    expect(response.status).toBe(200);
    return seen(body.annotations.length === 1, body);
  },
  'route get one': async (viewer, s) => {
    const response = await handleGetAnnotation(viewer, s.annotationId);
    const body: unknown = await response.json();
    if (response.status === 404) expect(body).toEqual({ error: 'Not found' }); // same as a nonexistent id
    return { status: response.status === 200 ? 'visible' : response.status === 404 ? 'hidden' : String(response.status), payload: body };
  },
};

const WRITES: Record<string, (s: Subject) => Promise<Outcome>> = {
  'reply': async (s) => result(await actions.createReplyAction({ annotationId: s.annotationId, body: docOf('a reply') })),
  'update by non-author': async (s) =>
    result(await actions.updateAnnotationAction({ id: s.annotationId, body: docOf('overwritten'), expectedRevision: 1 })),
  'delete by non-author': async (s) => result(await actions.deleteAnnotationAction({ id: s.annotationId })),
  'hide': async (s) => result(await hideAnnotationAction({ annotationId: s.annotationId })),
};

const READERS: Record<State, GroupWho[]> = { shown: GROUP_MEMBERS, hidden: ['author', 'owner', 'moderator'], private: ['author'] };
function expectedRead(who: GroupWho, state: State): string {
  return READERS[state].includes(who) ? 'visible' : 'hidden';
}
function expectedWrite(who: GroupWho, state: State, path: string): string {
  if (who === 'visitor') return 'unauthenticated';
  // Owners and moderators hide group annotations; a private one is nobody's to moderate.
  if (path === 'hide') return (who === 'owner' || who === 'moderator') && state !== 'private' ? 'ok' : 'not_found';
  if (who === 'author') return 'ok';
  return path === 'reply' && expectedRead(who, state) === 'visible' ? 'ok' : 'not_found';
}

const STATES: State[] = ['shown', 'hidden', 'private'];
const CASES = matrixCases({ who: GROUP_WHO, states: STATES, reads: Object.keys(READS), writes: Object.keys(WRITES), expectedRead, expectedWrite });
/** 9 viewers × 3 states × 10 paths; asserted below so the reported size is the real one. */
const GROUP_ANNOTATION_MATRIX_SIZE = 270;

let db: TestDatabase;
let users: Record<GroupWho, Viewer | null>;
let groupId: string;
let serial = 0;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  ({ users, groupId } = await makeGroupWorld(db));
  console.log(describeSize('group access matrix', CASES, { viewers: GROUP_WHO.length, states: STATES.length, paths: Object.keys(READS).length + Object.keys(WRITES).length }));
});
afterAll(() => support.tearDownAnnotationDatabase(db));
beforeEach(async () => {
  await db.prisma.annotation.deleteMany({});
});

/** The author's annotation (group or private) with a body, a tag, a claim, evidence and a reply, each with a unique marker. */
async function makeSubject(state: State): Promise<Subject> {
  const n = ++serial;
  const author = users.author!;
  const secrets = [`body-secret-${n}`, `reply-secret-${n}`, `tag-secret-${n}`, `note-secret-${n}`, '非常高兴和各位记者朋友见面'];
  const selection = await support.selectionOf(db, 2, secrets[4]!);
  const shared = state === 'private' ? { visibility: 'private' as const } : { visibility: 'group' as const, groupId };
  const created = await createAnnotation(author, { ...selection, body: docOf(secrets[0]!), ...shared, tags: [secrets[2]!], claim: { type: 'statistic' } });
  await addEvidence(author, created.id, { kind: 'url', url: 'https://example.org/evidence', note: secrets[3] });
  await createReply(author, created.id, { body: docOf(secrets[1]!) });
  if (state === 'hidden') await hideAnnotation(users.moderator!, created.id);
  return { annotationId: created.id, secrets };
}

const snapshot = (id: string) =>
  db.query(
    `SELECT a.revision, a."deletedAt", a."bodyText", a."hiddenAt", a.visibility, a."groupId",
            (SELECT string_agg(r."bodyText", '|' ORDER BY r."createdAt") FROM "AnnotationReply" r WHERE r."annotationId" = a.id) AS replies
       FROM "Annotation" a WHERE a.id = $1`,
    [id],
  );

describeAccessMatrix({
  name: 'group annotation access matrix',
  dimensions: 'viewer × state × path',
  cases: CASES,
  size: GROUP_ANNOTATION_MATRIX_SIZE,
  reads: READS,
  writes: WRITES,
  viewerOf: (who) => users[who],
  makeSubject,
  checks: ({ path }, subject) => ({
    snapshot: () => snapshot(subject.annotationId),
    secrets: [...subject.secrets, AUTHOR_NAME],
    witness: path === 'data counts' ? undefined : subject.secrets[4],
  }),
});
