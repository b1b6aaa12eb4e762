// Who may see and change an annotation, as one table: viewer × visibility × access path.
// Every case checks the outcome AND that nothing of the annotation (quote, body, tags, reply,
// evidence note) shows up where the viewer may not see it. To add an access path, add a row to
// READS or WRITES; the matrix grows by 6 cases.
import { afterAll, beforeAll, beforeEach, expect, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { describeAccessMatrix, describeSize, matrixCases, result, type Outcome } from './support/access-matrix';
import type { TestDatabase } from './support/test-database';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const { GET: listRoute } = await import('@/app/api/annotations/route');
const { GET: getRoute } = await import('@/app/api/annotations/[id]/route');
const actions = await import('@/lib/actions/annotation-actions');
const { createAnnotation } = await import('@/lib/data/annotations');
const { createReply } = await import('@/lib/data/annotations');
const { addEvidence } = await import('@/lib/data/annotations');
const { getAnnotationForViewer } = await import('@/lib/data/annotations');
const read = await import('@/lib/data/annotations');
const support = await import('./support/annotation-database');
const { SLUG, docOf } = support;

type Who = 'author' | 'other' | 'visitor';
type Visibility = 'private' | 'public';
interface Subject {
  annotationId: string;
  replyId: string;
  secrets: string[];
}
const http = (path: string) => new Request(`http://rostrum.test${path}`);

const READS: Record<string, (viewer: Viewer | null, s: Subject) => Promise<Outcome>> = {
  'data list': async (viewer) => {
    const list = await read.listAnnotationsForTranscript(viewer, SLUG);
    return { status: list.length === 1 ? 'visible' : 'hidden', payload: list };
  },
  'data list by tag': async (viewer, s) => {
    const list = await read.listAnnotationsForTranscript(viewer, SLUG, { tag: s.secrets[2] });
    return { status: list.length === 1 ? 'visible' : 'hidden', payload: list };
  },
  'data get one': async (viewer, s) => {
    const one = await getAnnotationForViewer(viewer, s.annotationId);
    return { status: one ? 'visible' : 'hidden', payload: one };
  },
  'data counts': async (viewer) => {
    const counts = await read.countAnnotationsByTurn(viewer, SLUG);
    return { status: counts[2] === 1 ? 'visible' : 'hidden', payload: counts };
  },
  'data claims list': async (viewer) => {
    const list = await read.listClaimsForTranscript(viewer, SLUG);
    return { status: list.length === 1 ? 'visible' : 'hidden', payload: list };
  },
  'route GET list': async () => {
    const response = await listRoute(http(`/api/annotations?transcript=${SLUG}`));
    const body = (await response.json()) as { annotations: unknown[] };
    expect(response.status).toBe(200);
    return { status: body.annotations.length === 1 ? 'visible' : 'hidden', payload: body };
  },
  'route GET one': async (_viewer, s) => {
    const response = await getRoute(http(`/api/annotations/${s.annotationId}`), { params: Promise.resolve({ id: s.annotationId }) });
    const body = await response.json();
    if (response.status === 404) {
      // Not visible and nonexistent must be indistinguishable.
      const missing = await getRoute(http('/api/annotations/nope'), { params: Promise.resolve({ id: 'nope' }) });
      expect([missing.status, await missing.json()]).toEqual([404, body]);
      expect(body).toEqual({ error: 'Not found' });
    }
    return { status: response.status === 200 ? 'visible' : response.status === 404 ? 'hidden' : String(response.status), payload: body };
  },
};

const WRITES: Record<string, (s: Subject) => Promise<Outcome>> = {
  'update annotation': async (s) => result(await actions.updateAnnotationAction({ id: s.annotationId, body: docOf('overwritten'), expectedRevision: 1 })),
  'delete annotation': async (s) => result(await actions.deleteAnnotationAction({ id: s.annotationId })),
  'reply': async (s) => result(await actions.createReplyAction({ annotationId: s.annotationId, body: docOf('a reply') })),
  'set claim': async (s) =>
    result(await actions.setClaimAction({ id: s.annotationId, type: 'statistic', status: 'supported', evidence: { kind: 'url', url: 'https://example.org/a' } })),
  'add evidence': async (s) =>
    result(await actions.addEvidenceAction({ id: s.annotationId, evidence: { kind: 'url', url: 'https://example.org/b' } })),
  'update reply': async (s) => result(await actions.updateReplyAction({ id: s.replyId, body: docOf('edited reply') })),
  'delete reply': async (s) => result(await actions.deleteReplyAction({ id: s.replyId })),
};

function expectedRead(who: Who, visibility: Visibility): string {
  return who === 'author' || visibility === 'public' ? 'visible' : 'hidden';
}
function expectedWrite(who: Who, visibility: Visibility, path: string): string {
  if (who === 'visitor') return 'unauthenticated';
  if (who === 'author') return 'ok';
  return path === 'reply' && visibility === 'public' ? 'ok' : 'not_found';
}

const WHO: Who[] = ['author', 'other', 'visitor'];
const VISIBILITIES: Visibility[] = ['private', 'public'];
const CASES = matrixCases({ who: WHO, states: VISIBILITIES, reads: Object.keys(READS), writes: Object.keys(WRITES), expectedRead, expectedWrite });
/** 3 viewers × 2 visibilities × 14 paths; asserted below so the reported size is the real one. */
const ANNOTATION_MATRIX_SIZE = 84;

let db: TestDatabase;
let users: Record<Who, Viewer | null>;
let serial = 0;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  users = { author: await support.createUser(db, 'Author A'), other: await support.createUser(db, 'Other B'), visitor: null };
  console.log(describeSize('access matrix', CASES, { viewers: WHO.length, visibilities: VISIBILITIES.length, paths: Object.keys(READS).length + Object.keys(WRITES).length }));
});
afterAll(() => support.tearDownAnnotationDatabase(db));
beforeEach(async () => {
  await db.prisma.annotation.deleteMany({});
});

/** A's annotation with a body, a tag, a claim, evidence and a reply of A's, each with a unique marker. */
async function makeSubject(visibility: Visibility): Promise<Subject> {
  const n = ++serial;
  const author = users.author!;
  const secrets = [`body-secret-${n}`, `reply-secret-${n}`, `tag-secret-${n}`, `note-secret-${n}`, '非常高兴和各位记者朋友见面'];
  const selection = await support.selectionOf(db, 2, secrets[4]!);
  const created = await createAnnotation(author, { ...selection, body: docOf(secrets[0]!), visibility, tags: [secrets[2]!], claim: { type: 'statistic' } });
  await addEvidence(author, created.id, { kind: 'url', url: 'https://example.org/evidence', note: secrets[3] });
  const reply = await createReply(author, created.id, { body: docOf(secrets[1]!) });
  return { annotationId: created.id, replyId: reply.id, secrets };
}

const snapshot = (id: string) =>
  db.query(
    `SELECT a.revision, a."deletedAt", a."claimStatus", a."bodyText",
            (SELECT count(*)::int FROM "ClaimEvidence" e WHERE e."annotationId" = a.id) AS evidence,
            (SELECT string_agg(r."bodyText" || coalesce(r."deletedAt"::text, ''), '|' ORDER BY r."createdAt") FROM "AnnotationReply" r WHERE r."annotationId" = a.id) AS replies
       FROM "Annotation" a WHERE a.id = $1`,
    [id],
  );

describeAccessMatrix({
  name: 'annotation access matrix',
  dimensions: 'viewer × visibility × path',
  cases: CASES,
  size: ANNOTATION_MATRIX_SIZE,
  reads: READS,
  writes: WRITES,
  viewerOf: (who) => users[who],
  makeSubject,
  checks: ({ path }, subject) => ({
    snapshot: () => snapshot(subject.annotationId),
    secrets: [...subject.secrets, 'Author A'],
    witness: path === 'data counts' ? undefined : subject.secrets[4],
  }),
});
