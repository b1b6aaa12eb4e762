// Creating, editing and deleting annotations: anchors checked against the stored turn text
// (code points), tags folded to one, optimistic concurrency, tombstones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { getAnnotationForViewer, countAnnotationsByTurn, listAnnotationsForTranscript, createAnnotation, deleteAnnotation, updateAnnotation, createReply } from '@/lib/data/annotations';
import type { TestDatabase } from './support/test-database';
import * as support from './support/annotation-database';

const { SLUG, docOf } = support;
const ASTRAL = 'astral-sample';
// Turn 1 of ASTRAL is "女士们，𠮷野家😀开门了。请提问。": 𠮷 and 😀 are one code point, two UTF-16 units.
const ASTRAL_TEXT = '【财新网】2020年3月26日，国务院新闻办公室举行新闻发布会。\n主持人：\n女士们，𠮷野家😀开门了。请提问。\n新华社记者：\n请问𠮷野家的情况？\n';

let db: TestDatabase;
let alice: Viewer;
let bob: Viewer;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  await support.importText(db, ASTRAL, ASTRAL_TEXT);
  alice = await support.createUser(db, 'Alice');
  bob = await support.createUser(db, 'Bob');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code ?? String(error));

describe('anchors', () => {
  const base = { transcriptSlug: SLUG, turnIndex: 2, visibility: 'public' as const };
  // Turn 2 starts "谢谢主持人。非常高兴和各位记者朋友见面" (code points 0..).
  const rows: { what: string; input: Record<string, unknown>; expected: string }[] = [
    { what: 'a span inside the turn', input: { start: 6, end: 10, exact: '非常高兴' }, expected: 'ok' },
    { what: 'the quote does not match the slice', input: { start: 6, end: 10, exact: '非常感谢' }, expected: 'invalid' },
    { what: 'an empty span', input: { start: 6, end: 6, exact: '' }, expected: 'invalid' },
    { what: 'a reversed span', input: { start: 10, end: 6, exact: '非常高兴' }, expected: 'invalid' },
    { what: 'offsets past the end of the turn', input: { start: 6, end: 100_000, exact: '非常高兴' }, expected: 'invalid' },
    { what: 'a negative start', input: { start: -1, end: 2, exact: '谢谢' }, expected: 'invalid' },
    { what: 'a turn that does not exist', input: { turnIndex: 999, start: 0, end: 2, exact: '谢谢' }, expected: 'invalid' },
    { what: 'a transcript that does not exist', input: { transcriptSlug: 'nope', start: 0, end: 2, exact: '谢谢' }, expected: 'not_found' },
    { what: 'astral characters by code points', input: { transcriptSlug: ASTRAL, turnIndex: 1, start: 4, end: 8, exact: '𠮷野家😀' }, expected: 'ok' },
    { what: 'astral characters by UTF-16 units', input: { transcriptSlug: ASTRAL, turnIndex: 1, start: 4, end: 10, exact: '𠮷野家😀' }, expected: 'invalid' },
    { what: 'half of a surrogate pair', input: { transcriptSlug: ASTRAL, turnIndex: 1, start: 4, end: 5, exact: '\ud842' }, expected: 'invalid' },
  ];
  it.each(rows)('$what → $expected', async ({ input, expected }) => {
    expect(await codeOf(createAnnotation(alice, { ...base, ...input } as never))).toBe(expected);
  });

  it('recomputes prefix and suffix from the stored text and keeps code-point offsets', async () => {
    const made = await createAnnotation(alice, { transcriptSlug: ASTRAL, turnIndex: 1, start: 4, end: 8, exact: '𠮷野家😀', prefix: '<evil>', suffix: 'x', visibility: 'private' });
    expect(made).toMatchObject({ start: 4, end: 8, exact: '𠮷野家😀', prefix: '女士们，', suffix: '开门了。请提问。', bodyHtml: null, bodyText: '' });
  });

  it('allows overlapping annotations', async () => {
    const one = await createAnnotation(alice, { ...base, start: 6, end: 12, exact: '非常高兴和各' });
    const two = await createAnnotation(bob, { ...base, start: 8, end: 14, exact: '高兴和各位记' });
    const ids = (await listAnnotationsForTranscript(alice, SLUG)).map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([one.id, two.id]));
  });
});

describe('tags', () => {
  it('folds case, width and spaces into one tag and keeps the first spelling', async () => {
    const selection = await support.selectionOf(db, 4, '女士们、先生们');
    const one = await createAnnotation(alice, { ...selection, visibility: 'public', tags: [' COVID ', 'ｃｏｖｉｄ', 'Covid', '  Public   Health '] });
    expect(one.tags).toEqual(['COVID', 'Public Health']);
    const two = await createAnnotation(bob, { ...selection, visibility: 'public', tags: ['covid'] });
    expect(two.tags).toEqual(['COVID']);
    expect(await db.query(`SELECT name, normalized FROM "Tag" WHERE normalized = 'covid'`)).toEqual([{ name: 'COVID', normalized: 'covid' }]);
    const byTag = await listAnnotationsForTranscript(bob, SLUG, { tag: 'ＣＯＶＩＤ' });
    expect(byTag.map((a) => a.id).sort()).toEqual([one.id, two.id].sort());
  });

  it('refuses a tag over 50 characters and more than 20 tags', async () => {
    const selection = await support.selectionOf(db, 4, '女士们、先生们');
    expect(await codeOf(createAnnotation(alice, { ...selection, tags: ['x'.repeat(51)] }))).toBe('invalid');
    expect(await codeOf(createAnnotation(alice, { ...selection, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }))).toBe('invalid');
  });
});

describe('editing', () => {
  it('lets exactly one of two updates from the same revision win', async () => {
    const made = await createAnnotation(alice, { ...(await support.selectionOf(db, 6, '各位媒体朋友们')), body: docOf('first') });
    const attempts = await Promise.all(
      ['one', 'two'].map((text) => codeOf(updateAnnotation(alice, made.id, { body: docOf(text), expectedRevision: made.revision }))),
    );
    expect(attempts.sort()).toEqual(['conflict', 'ok']);
    const after = await getAnnotationForViewer(alice, made.id);
    expect(after).toMatchObject({ revision: 2 });
    expect(after!.editedAt).not.toBeNull();
    expect(await codeOf(updateAnnotation(alice, made.id, { visibility: 'public', expectedRevision: 1 }))).toBe('conflict');
    expect(await codeOf(updateAnnotation(bob, made.id, { visibility: 'public', expectedRevision: 2 }))).toBe('not_found');
  });

  it('turns a note into a highlight with body null and changes tags and visibility', async () => {
    const made = await createAnnotation(alice, { ...(await support.selectionOf(db, 6, '大家上午好')), body: docOf('note'), tags: ['a'] });
    const updated = await updateAnnotation(alice, made.id, { body: null, tags: ['b', 'c'], visibility: 'public', expectedRevision: 1 });
    expect(updated).toMatchObject({ bodyHtml: null, bodyText: '', tags: ['b', 'c'], visibility: 'public', revision: 2 });
  });
});

describe('deleting', () => {
  it('removes an annotation without replies and leaves a tombstone for one with replies', async () => {
    const selection = await support.selectionOf(db, 8, '，', SLUG);
    const lonely = await createAnnotation(alice, { ...selection, visibility: 'public', body: docOf('lonely') });
    const discussed = await createAnnotation(alice, { ...selection, visibility: 'public', body: docOf('discussed'), tags: ['gone'] });
    await createReply(bob, discussed.id, { body: docOf('a question') });
    expect(await codeOf(deleteAnnotation(bob, discussed.id))).toBe('not_found');
    expect(await deleteAnnotation(alice, lonely.id)).toEqual({ id: lonely.id, transcriptSlug: SLUG, tombstone: false });
    expect(await deleteAnnotation(alice, discussed.id)).toEqual({ id: discussed.id, transcriptSlug: SLUG, tombstone: true });

    const list = await listAnnotationsForTranscript(bob, SLUG);
    expect(list.find((a) => a.id === lonely.id)).toBeUndefined();
    const tombstone = await getAnnotationForViewer(bob, discussed.id);
    expect(tombstone).toMatchObject({ deleted: true, exact: '', bodyHtml: null, bodyText: '', tags: [], author: null, claim: null });
    expect(tombstone!.replies).toHaveLength(1);
    expect(JSON.stringify(tombstone)).not.toMatch(/discussed|gone/);
    expect(await countAnnotationsByTurn(bob, SLUG)).not.toHaveProperty('8');
    expect(await listAnnotationsForTranscript(bob, SLUG, { tag: 'gone' })).toEqual([]);
    expect(await codeOf(deleteAnnotation(alice, discussed.id))).toBe('not_found');
  });
});
