// Replies: threaded, edited marker, tombstones that keep a thread's shape, visibility of the parent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { createReply, deleteReply, updateReply, getAnnotationForViewer, listAnnotationsForTranscript, createAnnotation, deleteAnnotation } from '@/lib/data/annotations';
import type { ReplyView } from '@/lib/data/annotations';
import type { TestDatabase } from './support/test-database';
import * as support from './support/annotation-database';

const { SLUG, docOf } = support;
let db: TestDatabase;
let alice: Viewer;
let bob: Viewer;

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  alice = await support.createUser(db, 'Alice');
  bob = await support.createUser(db, 'Bob');
});
afterAll(() => support.tearDownAnnotationDatabase(db));

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code);
const note = async (visibility: 'public' | 'private') =>
  createAnnotation(alice, { ...(await support.selectionOf(db, 2, '与时间赛跑')), visibility, body: docOf('note') });
/** The thread as [text or '(deleted)', children] pairs, for compact assertions. */
const shape = (replies: ReplyView[]): unknown[] => replies.map((r) => [r.deleted ? '(deleted)' : r.bodyText, shape(r.replies)]);
const thread = async (viewer: Viewer | null, id: string) => (await getAnnotationForViewer(viewer, id))!.replies;

describe('replies', () => {
  it('nests replies and marks edits', async () => {
    const { id } = await note('public');
    const first = await createReply(bob, id, { body: docOf('why?') });
    await createReply(alice, id, { parentId: first.id, body: docOf('because') });
    await createReply(bob, id, { parentId: first.id, body: docOf('thanks') });
    await createReply(alice, id, { body: docOf('also') });
    expect(shape(await thread(null, id))).toEqual([['why?', [['because', []], ['thanks', []]]], ['also', []]]);
    expect((await listAnnotationsForTranscript(null, SLUG)).find((a) => a.id === id)!.replyCount).toBe(4);

    expect(first.editedAt).toBeNull();
    const edited = await updateReply(bob, first.id, { body: docOf('why, exactly?') });
    expect(edited).toMatchObject({ bodyText: 'why, exactly?', isMine: true });
    expect(edited.editedAt).not.toBeNull();
    expect(await codeOf(updateReply(alice, first.id, { body: docOf('hijack') }))).toBe('not_found');
    expect(await codeOf(deleteReply(alice, first.id))).toBe('not_found');
  });

  it('keeps a deleted reply with answers as a tombstone and drops it when the answers go', async () => {
    const { id } = await note('public');
    const question = await createReply(bob, id, { body: docOf('question') });
    const answer = await createReply(alice, id, { parentId: question.id, body: docOf('answer') });
    expect(await deleteReply(bob, question.id)).toMatchObject({ tombstone: true, transcriptSlug: SLUG });
    const [tombstone] = await thread(alice, id);
    expect(tombstone).toMatchObject({ deleted: true, author: null, bodyHtml: null, bodyText: '' });
    expect(shape([tombstone!])).toEqual([['(deleted)', [['answer', []]]]]);
    expect(await codeOf(updateReply(bob, question.id, { body: docOf('back') }))).toBe('not_found');
    expect(await codeOf(createReply(bob, id, { parentId: question.id, body: docOf('x') }))).toBe('not_found');

    expect(await deleteReply(alice, answer.id)).toMatchObject({ tombstone: false });
    expect(await thread(alice, id)).toEqual([]);
    expect(await db.query(`SELECT id FROM "AnnotationReply" WHERE "annotationId" = $1`, [id])).toEqual([]);
  });

  it('keeps the thread of a deleted annotation and closes it to new replies', async () => {
    const { id } = await note('public');
    const reply = await createReply(bob, id, { body: docOf('keep me') });
    await deleteAnnotation(alice, id);
    expect(shape(await thread(null, id))).toEqual([['keep me', []]]);
    expect(await codeOf(createReply(bob, id, { body: docOf('late') }))).toBe('not_found');
    await deleteReply(bob, reply.id);
    expect(await getAnnotationForViewer(alice, id)).toBeNull();
  });

  it('answers only on annotations the viewer may see, with a parent from the same thread', async () => {
    const hidden = await note('private');
    const open = await note('public');
    const elsewhere = await createReply(alice, hidden.id, { body: docOf('own private thread') });
    expect(await codeOf(createReply(bob, hidden.id, { body: docOf('x') }))).toBe('not_found');
    expect(await codeOf(createReply(bob, open.id, { parentId: elsewhere.id, body: docOf('x') }))).toBe('not_found');
    expect(await codeOf(createReply(bob, open.id, { body: 'not a document' }))).toBe('invalid');
    expect(await codeOf(createReply(bob, 'nope', { body: docOf('x') }))).toBe('not_found');
  });
});
