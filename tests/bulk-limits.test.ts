// Limits that bulk requests used to slip past (hardening round two): a JSON-LD import counted
// as one write however many annotations it held, and the export downloads had no limit.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));
vi.mock('next/cache', () => import('./support/mock-next-cache'));

const { createAnnotation, listAnnotationsForExport } = await import('@/lib/data/annotations');
const { toAnnotationCollection } = await import('@/lib/export/web-annotation');
const { importAnnotationsAction } = await import('@/lib/actions/export-actions');
const { GET: exportAnnotations } = await import('@/app/api/export/annotations/route');
const support = await import('./support/annotation-database');

const BASE = 'https://rostrum.test';
let db: TestDatabase;
let author: Viewer, importer: Viewer;
let file: string;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  author = await support.createUser(db, 'Author');
  importer = await support.createUser(db, 'Importer');
  for (const [turn, quote] of [[2, '疫情'], [4, '合作'], [6, '国际']] as const) {
    await createAnnotation(author, { ...(await support.selectionOf(db, turn, quote)), body: support.docOf(`note ${quote}`), visibility: 'public' });
  }
  file = JSON.stringify(toAnnotationCollection((await listAnnotationsForExport(author, { mine: true }))!, BASE, 'test'));
}, 120_000);
afterAll(() => support.tearDownAnnotationDatabase(db));
beforeEach(async () => {
  await db.query('DELETE FROM "RateLimit"');
  delete process.env.RATE_LIMIT_IMPORT_ROWS_PER_HOUR;
  delete process.env.RATE_LIMIT_EXPORTS_PER_MINUTE;
});

const importedBy = (viewer: Viewer) => db.prisma.annotation.count({ where: { authorId: viewer.id } });

describe('JSON-LD import', () => {
  it('counts every annotation of the file against the import budget, all or nothing', async () => {
    process.env.RATE_LIMIT_IMPORT_ROWS_PER_HOUR = '5';
    signInAs(importer);
    expect(await importAnnotationsAction({ json: file })).toMatchObject({ ok: true });
    expect(await importedBy(importer)).toBe(3);
    // Three more would make six rows in the hour: refused whole, nothing stored.
    await db.prisma.annotation.deleteMany({ where: { authorId: importer.id } });
    expect(await importAnnotationsAction({ json: file })).toMatchObject({ ok: false, code: 'rate_limited', error: expect.stringContaining('this file has 3') });
    expect(await importedBy(importer)).toBe(0);
  });
});

describe('export downloads', () => {
  it('answer 429 with Retry-After past RATE_LIMIT_EXPORTS_PER_MINUTE, per user', async () => {
    process.env.RATE_LIMIT_EXPORTS_PER_MINUTE = '2';
    signInAs(importer);
    const download = () => exportAnnotations(new Request(`${BASE}/api/export/annotations?transcript=${support.SLUG}`));
    expect((await download()).status).toBe(200);
    expect((await download()).status).toBe(200);
    const limited = await download();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    signInAs(author);
    expect((await download()).status).toBe(200);
  });
});
