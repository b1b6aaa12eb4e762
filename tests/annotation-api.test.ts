// The JSON write API (POST /api/annotations, PATCH /api/annotations/<id>): status codes from the
// data layer's errors, idempotent creates under parallel submits, one winner among concurrent
// edits, and 503 (not 500) when PostgreSQL cannot be reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCreateAnnotation, handleUpdateAnnotation } from '@/app/api/annotations/handle-annotation-writes';
import { GET as health } from '@/app/api/health/route';
import type { Viewer } from '@/lib/data/accounts';
import { listAnnotationOutlines, listAnnotationsForTranscript } from '@/lib/data/annotations';
import { createPrismaClient } from '@/lib/db/client';
import { answerUnlessDatabaseDown, isDatabaseUnavailable } from '@/lib/security/database-unavailable';
import type { TestDatabase } from './support/test-database';
import * as support from './support/annotation-database';

let db: TestDatabase;
let alice: Viewer;
let bob: Viewer;
let span: Awaited<ReturnType<typeof support.selectionOf>>;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  alice = await support.createUser(db, 'Alice');
  bob = await support.createUser(db, 'Bob');
  span = await support.selectionOf(db, 2, '非常高兴');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

function post(body: unknown, key?: string): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers['idempotency-key'] = key;
  return new Request('http://localhost/api/annotations', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}
const patch = (id: string, body: unknown) =>
  new Request(`http://localhost/api/annotations/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function create(viewer: Viewer | null, body: unknown, key?: string) {
  const response = await handleCreateAnnotation(viewer, post(body, key));
  return { status: response.status, body: (await response.json()) as { annotation?: { id: string; revision: number }; error?: string } };
}

const rowsWithKey = (key: string) => db.prisma.annotation.count({ where: { idempotencyKey: key } });

describe('POST /api/annotations', () => {
  it('creates an annotation: 201 with the stored annotation', async () => {
    const made = await create(alice, { ...span, visibility: 'public', body: support.docOf('note') });
    expect(made.status).toBe(201);
    expect(made.body.annotation).toMatchObject({ exact: '非常高兴', visibility: 'public', bodyText: 'note' });
  });

  it.each([
    { what: 'nobody signed in', viewer: null, body: 'span', status: 401 },
    { what: 'a body that is not JSON', viewer: 'alice', body: '{nope', status: 400 },
    { what: 'a field of the wrong type', viewer: 'alice', body: { turnIndex: 'two' }, status: 400 },
    { what: 'a quote that does not match the text', viewer: 'alice', body: { exact: '非常感谢' }, status: 400 },
    { what: 'an unknown transcript', viewer: 'alice', body: { transcriptSlug: 'nope' }, status: 404 },
  ])('$what → $status', async ({ viewer, body, status }) => {
    const payload = body === 'span' ? span : typeof body === 'string' ? body : { ...span, ...body };
    expect((await create(viewer === 'alice' ? alice : null, payload)).status).toBe(status);
  });

  it('refuses a malformed Idempotency-Key with 400 before writing', async () => {
    expect((await create(alice, span, 'has spaces in it')).status).toBe(400);
  });

  it('stores ten identical parallel submits with one key as one annotation', async () => {
    const key = 'parallel-key-1';
    const answers = await Promise.all(Array.from({ length: 10 }, () => create(alice, { ...span, tags: ['经济'] }, key)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.annotation!.id)).size).toBe(1);
    expect(await rowsWithKey(key)).toBe(1);
  });

  it('creates parallel annotations that introduce the same new tag (no unique-index failure)', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => create(bob, { ...span, tags: ['brand-new-tag'] })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(await db.prisma.tag.count({ where: { normalized: 'brand-new-tag' } })).toBe(1);
  });

  it('answers a later repeat with the first annotation (200) and keeps keys per author', async () => {
    const first = await create(alice, span, 'repeat-key');
    // The same request, its fields in another order.
    const reordered = Object.fromEntries(Object.entries(span).reverse());
    const again = await create(alice, reordered, 'repeat-key');
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.annotation!.id).toBe(first.body.annotation!.id);
    const bobs = await create(bob, span, 'repeat-key');
    expect(bobs.status).toBe(201);
    expect(bobs.body.annotation!.id).not.toBe(first.body.annotation!.id);
    expect(await rowsWithKey('repeat-key')).toBe(2);
  });

  it('refuses a reused key with a different body: 422, and nothing stored or changed', async () => {
    const first = await create(alice, span, 'reused-key');
    const other = await create(alice, { ...span, visibility: 'public' }, 'reused-key');
    expect([first.status, other.status]).toEqual([201, 422]);
    expect(other.body.error).toMatch(/Idempotency-Key/);
    expect(await rowsWithKey('reused-key')).toBe(1);
    expect(await db.prisma.annotation.findUniqueOrThrow({ where: { id: first.body.annotation!.id }, select: { visibility: true } })).toEqual({ visibility: 'private' });
  });
});

describe('PATCH /api/annotations/<id>', () => {
  const update = async (viewer: Viewer | null, id: string, body: unknown) => {
    const response = await handleUpdateAnnotation(viewer, id, patch(id, body));
    return { status: response.status, body: (await response.json()) as { annotation?: { revision: number; bodyText: string } } };
  };

  it('edits at the expected revision (200) and refuses a stale one (409)', async () => {
    const { body } = await create(alice, span);
    const id = body.annotation!.id;
    const first = await update(alice, id, { body: support.docOf('v2'), expectedRevision: 1 });
    expect(first).toMatchObject({ status: 200, body: { annotation: { revision: 2, bodyText: 'v2' } } });
    expect((await update(alice, id, { body: support.docOf('stale'), expectedRevision: 1 })).status).toBe(409);
  });

  it('lets exactly one of eight concurrent edits of the same revision win', async () => {
    const { body } = await create(alice, span);
    const id = body.annotation!.id;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => update(alice, id, { body: support.docOf(`edit ${i}`), expectedRevision: 1 })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = answers.find((a) => a.status === 200)!.body.annotation!;
    const stored = await db.prisma.annotation.findUniqueOrThrow({ where: { id }, select: { revision: true, bodyText: true } });
    expect(stored).toEqual({ revision: 2, bodyText: winner.bodyText });
  });

  it("answers 404 for someone else's annotation or an unknown id, 401 signed out, 400 without a revision", async () => {
    const { body } = await create(alice, span);
    const id = body.annotation!.id;
    expect((await update(bob, id, { body: null, expectedRevision: 1 })).status).toBe(404);
    expect((await update(alice, 'no-such-id', { body: null, expectedRevision: 1 })).status).toBe(404);
    expect((await update(null, id, { body: null, expectedRevision: 1 })).status).toBe(401);
    expect((await update(alice, id, { body: null })).status).toBe(400);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After over RATE_LIMIT_WRITES_PER_MINUTE, counted per author', async () => {
    const carol = await support.createUser(db, 'Carol');
    process.env.RATE_LIMIT_WRITES_PER_MINUTE = '2';
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await create(carol, span)).status);
      expect(statuses).toEqual([201, 201, 429]);
      const response = await handleCreateAnnotation(carol, post(span));
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      delete process.env.RATE_LIMIT_WRITES_PER_MINUTE;
    }
  });
});

describe('listAnnotationOutlines (the reader page list)', () => {
  it('lists exactly what listAnnotationsForTranscript lists for each viewer, without note HTML', async () => {
    await create(bob, { ...span, visibility: 'private', body: support.docOf('secret') });
    await create(bob, { ...span, visibility: 'public', body: support.docOf('shown') });
    for (const viewer of [alice, bob, null]) {
      const full = await listAnnotationsForTranscript(viewer, support.SLUG);
      const outlines = await listAnnotationOutlines(viewer, support.SLUG);
      expect(outlines.map((a) => a.id)).toEqual(full.map((a) => a.id));
      expect(outlines.map((a) => a.bodyText)).toEqual(full.map((a) => a.bodyText));
      expect(outlines.every((a) => a.bodyHtml === null)).toBe(true);
    }
    expect((await listAnnotationOutlines(null, support.SLUG)).some((a) => a.bodyText === 'secret')).toBe(false);
  });
});

describe('GET /api/health', () => {
  it('answers ok without the database, and ok after SELECT 1 with ?db=1', async () => {
    const plain = await health(new Request('http://localhost/api/health'));
    expect([plain.status, await plain.text()]).toEqual([200, 'ok']);
    const withDb = await health(new Request('http://localhost/api/health?db=1'));
    expect([withDb.status, await withDb.text()]).toEqual([200, 'ok']);
  });
});

describe('database outage', () => {
  it('recognises a refused connection as unavailable and a bad query as not', async () => {
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/nothing');
    const refused = await unreachable.$queryRaw`SELECT 1`.then(() => null, (error: unknown) => error);
    await unreachable.$disconnect();
    expect(refused).not.toBeNull();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const syntax = await db.prisma.$queryRawUnsafe('SELEC 1').then(() => null, (error: unknown) => error);
    expect(isDatabaseUnavailable(syntax)).toBe(false);
  });

  it('answers 503 with Retry-After when the work fails for want of a database, rethrows anything else', async () => {
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/nothing');
    try {
      const response = await answerUnlessDatabaseDown(async () => {
        await unreachable.$queryRaw`SELECT 1`;
        return new Response('unreachable');
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await unreachable.$disconnect();
    }
    await expect(answerUnlessDatabaseDown(() => Promise.reject(new Error('a bug')))).rejects.toThrow('a bug');
  });
});
