// Corrections: importing a corrected text moves every annotation onto the new version, in the
// import's transaction; none is ever dropped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { listAnnotationsForTranscript, createAnnotation, deleteAnnotation, createReply } from '@/lib/data/annotations';
import { readSeed, SEED_TRANSCRIPT } from './support/seed-files';
import type { TestDatabase } from './support/test-database';
import * as support from './support/annotation-database';

const { SLUG, docOf } = support;
const original = readSeed(SEED_TRANSCRIPT);

/** Replaces `from` (which must occur exactly once) by `to`. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

let db: TestDatabase;
let alice: Viewer;
let bob: Viewer;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  alice = await support.createUser(db, 'Alice');
  bob = await support.createUser(db, 'Bob');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

describe('re-anchoring after a correction', () => {
  it('keeps, moves or flags every annotation and reports the counts', async () => {
    const shifted = await createAnnotation(alice, { ...(await support.selectionOf(db, 2, '非常高兴和各位记者朋友见面')), visibility: 'public', body: docOf('shifted') });
    const removed = await createAnnotation(alice, { ...(await support.selectionOf(db, 4, '非常感谢新闻媒体长期以来对科技工作的关注和支持')), visibility: 'public' });
    const untouched = await createAnnotation(bob, { ...(await support.selectionOf(db, 6, '各位媒体朋友们，大家上午好')), visibility: 'private' });
    const tombstone = await createAnnotation(alice, { ...(await support.selectionOf(db, 8, '各位记者朋友')), visibility: 'public' });
    await createReply(bob, tombstone.id, { body: docOf('keep the thread') });
    await deleteAnnotation(alice, tombstone.id);

    let corrected = edit(original, '谢谢主持人。非常高兴和各位记者朋友见面', '谢谢主持人。今天，非常高兴和各位记者朋友见面');
    corrected = edit(corrected, '首先，非常感谢新闻媒体长期以来对科技工作的关注和支持。', '');
    const result = await support.importText(db, SLUG, corrected);
    expect(result).toMatchObject({ status: 'new-version', version: 2, annotations: { stayed: 2, moved: 1, needsReview: 1 } });

    const rows = await db.query(`SELECT count(*)::int AS n FROM "Annotation"`);
    expect(rows).toEqual([{ n: 4 }]);
    const forAlice = new Map((await listAnnotationsForTranscript(alice, SLUG)).map((a) => [a.id, a]));
    expect(forAlice.get(shifted.id)).toMatchObject({
      turnIndex: 2,
      start: shifted.start + 3,
      end: shifted.end + 3,
      exact: '非常高兴和各位记者朋友见面',
      prefix: expect.stringMatching(/谢谢主持人。今天，$/),
      anchorStatus: 'anchored',
      bodyText: 'shifted',
    });
    expect(forAlice.get(removed.id)).toMatchObject({ turnIndex: 4, exact: removed.exact, anchorStatus: 'needs_review' });
    expect(forAlice.get(tombstone.id)).toMatchObject({ deleted: true, anchorStatus: 'anchored' });
    const forBob = await listAnnotationsForTranscript(bob, SLUG);
    expect(forBob.find((a) => a.id === untouched.id)).toMatchObject({ start: untouched.start, end: untouched.end, anchorStatus: 'anchored' });

    // Every annotation now points at a turn of the new (current) version.
    const stale = await db.query(
      `SELECT a.id FROM "Annotation" a JOIN "Turn" t ON t.id = a."turnId" JOIN "Transcript" tr ON tr.id = a."transcriptId" WHERE t."versionId" <> tr."currentVersionId"`,
    );
    expect(stale).toEqual([]);
  });

  it('prints the counts from the transcript:import CLI', () => {
    const again = edit(readSeed(SEED_TRANSCRIPT), '峰会将于今晚举行', '峰会将于今晚召开');
    const corrected = edit(edit(again, '谢谢主持人。非常高兴', '谢谢主持人。今天，非常高兴'), '首先，非常感谢新闻媒体长期以来对科技工作的关注和支持。', '');
    const file = join(mkdtempSync(join(tmpdir(), 'rostrum-')), 'corrected.txt');
    writeFileSync(file, corrected);
    const cli = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/transcript-import.ts', file, '--slug', SLUG], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: db.url },
    });
    expect(cli.stderr).not.toMatch(/Error/);
    expect(cli.stdout).toMatch(/new-version \(version 3, 43 turns; annotations: 3 stayed, 0 moved, 1 need review\)/);
  });
});
