// Who may see and change a GROUP annotation, as one table: viewer × moderation state × path.
// Every case checks the outcome AND that nothing of the annotation (quote, body, tags, reply,
// evidence note, author's name) shows up where the viewer may not see it. To add a path, add a
// row to READS or WRITES; to add a kind of viewer, add it to WHO and to the two `expected*`.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import type { TestDatabase } from './support/test-database';

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', async () => {
  const { AppError } = await import('@/lib/errors');
  return {
    getViewer: async () => auth.viewer,
    requireViewer: async () => {
      if (!auth.viewer) throw new AppError('unauthenticated');
      return auth.viewer;
    },
  };
});
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { handleGetAnnotation, handleListAnnotations } = await import('@/app/api/annotations/handle-annotations');
const actions = await import('@/lib/actions/annotation-actions');
const { createAnnotation } = await import('@/lib/data/annotations-write');
const { createReply } = await import('@/lib/data/annotation-replies');
const { addEvidence } = await import('@/lib/data/annotation-evidence');
const { getAnnotationForViewer } = await import('@/lib/data/annotations-detail');
const { hideAnnotation } = await import('@/lib/data/group-moderation');
const { createGroup } = await import('@/lib/data/groups');
const { joinGroup, removeMember, setMemberRole } = await import('@/lib/data/group-membership');
const read = await import('@/lib/data/annotations-read');
const support = await import('./annotations-support');
const { SLUG, docOf } = support;

type Who = 'author' | 'member' | 'owner' | 'moderator' | 'non-member' | 'removed member' | 'visitor';
type State = 'shown' | 'hidden';
interface Subject {
  annotationId: string;
  secrets: string[];
}
interface Outcome {
  /** visible | hidden for reads; ok | not_found | unauthenticated for writes. */
  status: string;
  payload: unknown;
}
const url = (path: string) => new URL(`http://rostrum.test${path}`);
const result = (r: { ok: boolean; code?: string }): Outcome => ({ status: r.ok ? 'ok' : (r.code ?? '?'), payload: r });
const seen = (found: boolean, payload: unknown): Outcome => ({ status: found ? 'visible' : 'hidden', payload });

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
};

const READERS: Record<State, Who[]> = { shown: ['author', 'member', 'owner', 'moderator'], hidden: ['author', 'owner', 'moderator'] };
function expectedRead(who: Who, state: State): string {
  return READERS[state].includes(who) ? 'visible' : 'hidden';
}
function expectedWrite(who: Who, state: State, path: string): string {
  if (who === 'visitor') return 'unauthenticated';
  if (who === 'author') return 'ok';
  return path === 'reply' && expectedRead(who, state) === 'visible' ? 'ok' : 'not_found';
}

const WHO: Who[] = ['author', 'member', 'owner', 'moderator', 'non-member', 'removed member', 'visitor'];
const STATES: State[] = ['shown', 'hidden'];
const CASES = WHO.flatMap((who) =>
  STATES.flatMap((state) => [
    ...Object.keys(READS).map((path) => ({ who, state, path, kind: 'read' as const, expected: expectedRead(who, state) })),
    ...Object.keys(WRITES).map((path) => ({ who, state, path, kind: 'write' as const, expected: expectedWrite(who, state, path) })),
  ]),
);

let db: TestDatabase;
let users: Record<Who, Viewer | null>;
let groupId: string;
let serial = 0;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  const make = (name: string) => support.createUser(db, name);
  const owner = await make('Owner O');
  users = {
    'author': await make('Author A'),
    'member': await make('Member M'),
    owner,
    'moderator': await make('Moderator D'),
    'non-member': await make('Stranger S'),
    'removed member': await make('Removed R'),
    'visitor': null,
  };
  const group = await createGroup(owner, { name: 'Reading group', kind: 'class' });
  groupId = group.id;
  for (const who of ['author', 'member', 'moderator', 'removed member'] as const) await joinGroup(users[who]!, group.joinCode!);
  await setMemberRole(owner, groupId, users.moderator!.id, 'moderator');
  await removeMember(owner, groupId, users['removed member']!.id);
  console.log(
    `group access matrix: ${CASES.length} cases (${WHO.length} viewers × ${STATES.length} states × ${Object.keys(READS).length + Object.keys(WRITES).length} paths)`,
  );
});
afterAll(() => support.tearDownAnnotationDatabase(db));
beforeEach(async () => {
  await db.prisma.annotation.deleteMany({});
});

/** The author's group annotation with a body, a tag, a claim, evidence and a reply, each with a unique marker. */
async function makeSubject(state: State): Promise<Subject> {
  const n = ++serial;
  const author = users.author!;
  const secrets = [`body-secret-${n}`, `reply-secret-${n}`, `tag-secret-${n}`, `note-secret-${n}`, '非常高兴和各位记者朋友见面'];
  const selection = await support.selectionOf(db, 2, secrets[4]!);
  const created = await createAnnotation(author, {
    ...selection,
    body: docOf(secrets[0]!),
    visibility: 'group',
    groupId,
    tags: [secrets[2]!],
    claim: { type: 'statistic' },
  });
  await addEvidence(author, created.id, { kind: 'url', url: 'https://example.org/evidence', note: secrets[3] });
  await createReply(author, created.id, { body: docOf(secrets[1]!) });
  if (state === 'hidden') await hideAnnotation(users.moderator!, created.id);
  return { annotationId: created.id, secrets };
}

const snapshot = (id: string) =>
  db.query(
    `SELECT a.revision, a."deletedAt", a."bodyText", a."hiddenAt",
            (SELECT string_agg(r."bodyText", '|' ORDER BY r."createdAt") FROM "AnnotationReply" r WHERE r."annotationId" = a.id) AS replies
       FROM "Annotation" a WHERE a.id = $1`,
    [id],
  );

describe('group annotation access matrix', () => {
  it.each(CASES)('$who × $state × $path → $expected', async ({ who, state, path, kind, expected }) => {
    const subject = await makeSubject(state);
    auth.viewer = users[who];
    const before = await snapshot(subject.annotationId);
    const outcome = kind === 'read' ? await READS[path]!(users[who], subject) : await WRITES[path]!(subject);
    expect(outcome.status).toBe(expected);
    const json = JSON.stringify(outcome.payload);
    const visible = kind === 'read' && expected === 'visible';
    if (visible && path !== 'data counts') expect(json).toContain(subject.secrets[4]); // the check below is not vacuous
    if (!visible && expected !== 'ok') {
      for (const secret of subject.secrets) expect(json).not.toContain(secret);
      expect(json).not.toContain('Author A');
    }
    if (kind === 'write' && expected !== 'ok') expect(await snapshot(subject.annotationId)).toEqual(before);
  });
});
