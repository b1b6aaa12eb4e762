// The reader's side panel reads the focused turn's annotations in one query
// (getAnnotationDetailsForViewer) instead of one per annotation: the same details as
// getAnnotationForViewer gives one by one, for every kind of viewer, and a number of SQL
// statements that does not grow with the number of annotations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { loadReaderAnnotations } from '@/app/transcripts/[slug]/load-annotations';
import type { ReaderState } from '@/app/transcripts/[slug]/reader-query';
import { addEvidence, createAnnotation, createReply, deleteAnnotation, deleteReply, getAnnotationDetailsForViewer, getAnnotationForViewer, setClaim } from '@/lib/data/annotations';
import { createGroup, hideAnnotation, joinGroup } from '@/lib/data/groups';
import * as support from './support/annotation-database';
import { recordQueries } from './support/record-queries';
import type { TestDatabase } from './support/test-database';

const { SLUG, docOf } = support;
const TURN = 2;
const WHO = ['author', 'other', 'member', 'owner', 'visitor'] as const;
type Who = (typeof WHO)[number];

let db: TestDatabase;
const users = {} as Record<Who, Viewer | null>;
/** Every annotation made below, oldest first (turn 2, then one on turn 3), and an id that does not exist. */
let ids: string[];
let elsewhere: string;

const readerState = (state: Partial<ReaderState>): ReaderState => ({ speaker: null, filters: {}, filtered: false, turn: null, annotation: null, ...state });
/** The panel as it was read before: one getAnnotationForViewer per id. */
const oneByOne = async (viewer: Viewer | null, list: readonly string[]) =>
  (await Promise.all(list.map((id) => getAnnotationForViewer(viewer, id)))).filter((d) => d !== null);

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  for (const who of WHO) users[who] = who === 'visitor' ? null : await support.createUser(db, `${who} ${who[0]!.toUpperCase()}`);
  const author = users.author!;
  const other = users.other!;
  const group = await createGroup(users.owner!, { name: 'Panel group', kind: 'team' });
  for (const who of [author, users.member!]) await joinGroup(who, group.joinCode!);
  const targets = await support.evidenceTargets(db);
  const selection = await support.selectionOf(db, TURN, '各位记者朋友');
  const annotate = async (who: Viewer, extra: Record<string, unknown>) => (await createAnnotation(who, { ...selection, body: docOf(`note ${Math.random()}`), ...extra })).id;

  // A public claim with a status history, evidence of every kind, and a thread with a tombstone.
  const claim = await annotate(author, { visibility: 'public', tags: ['panel', 'claim'], claim: { type: 'statistic' } });
  await setClaim(author, claim, { type: 'statistic', status: 'supported', evidence: { kind: 'chronicle_entry', entryId: targets.entryId } });
  await setClaim(author, claim, { type: 'statistic', status: 'disputed', evidence: { kind: 'news_paragraph', paragraphId: targets.paragraphId, note: 'disputed' } });
  await addEvidence(author, claim, { kind: 'url', url: 'https://example.org/panel', note: 'a source' });
  const question = await createReply(other, claim, { body: docOf('a question') });
  await createReply(author, claim, { body: docOf('an answer'), parentId: question.id });
  await deleteReply(other, question.id); // a tombstone with a live answer below: kept
  const leaf = await createReply(other, claim, { body: docOf('withdrawn') });
  await deleteReply(other, leaf.id); // a tombstone with nothing below: dropped

  const ownPrivate = await annotate(author, { visibility: 'private' });
  const othersPublic = await annotate(other, { visibility: 'public' });
  const othersPrivate = await annotate(other, { visibility: 'private' });
  const shared = await annotate(author, { visibility: 'group', groupId: group.id });
  const hidden = await annotate(author, { visibility: 'group', groupId: group.id });
  await hideAnnotation(users.owner!, hidden);
  const deleted = await annotate(author, { visibility: 'public' });
  await createReply(other, deleted, { body: docOf('kept') });
  await deleteAnnotation(author, deleted); // a tombstone: readable while it has replies
  const selectionElsewhere = await support.selectionOf(db, 3, (await support.turnText(db, 3)).slice(0, 4));
  elsewhere = (await createAnnotation(author, { ...selectionElsewhere, visibility: 'public' })).id;
  ids = [claim, ownPrivate, othersPublic, othersPrivate, shared, hidden, deleted, elsewhere, 'no-such-annotation'];
});
afterAll(() => support.tearDownAnnotationDatabase(db));

describe('getAnnotationDetailsForViewer', () => {
  it.each(WHO)('gives %s the same details, in the same order, as reading them one by one', async (who) => {
    const expected = await oneByOne(users[who], ids);
    expect(await getAnnotationDetailsForViewer(users[who], ids)).toEqual(expected);
    // Not vacuous: each viewer sees some but never all of them (someone else's private one, the nonexistent id).
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ids.length - 1);
  });

  it('keeps the order of the ids it is given, and reads nothing for none', async () => {
    const reversed = [...ids].reverse();
    expect(await getAnnotationDetailsForViewer(users.author, reversed)).toEqual(await oneByOne(users.author, reversed));
    const { result, statements } = await recordQueries(() => getAnnotationDetailsForViewer(users.author, []));
    expect([result, statements]).toEqual([[], []]);
  });

  it('sends as many SQL statements for nine ids as for one', async () => {
    const one = await recordQueries(() => getAnnotationDetailsForViewer(users.author, ids.slice(0, 1)));
    const all = await recordQueries(() => getAnnotationDetailsForViewer(users.author, ids));
    const byId = await recordQueries(() => oneByOne(users.author, ids));
    expect(one.result).toHaveLength(1);
    expect(all.result.length).toBeGreaterThan(5);
    expect(all.statements).toHaveLength(one.statements.length);
    expect(byId.statements).toHaveLength(ids.length * one.statements.length);
  });
});

describe('the reader page’s panel (loadReaderAnnotations)', () => {
  it.each([
    { description: 'a focused turn', state: () => readerState({ turn: TURN }) },
    { description: 'a focused annotation on another turn', state: () => readerState({ turn: TURN, annotation: elsewhere }) },
    { description: 'a tag filter', state: () => readerState({ turn: TURN, filters: { tag: 'panel' }, filtered: true }) },
  ])('holds what one read per annotation gave, for every viewer, with $description', async ({ state }) => {
    for (const who of WHO) {
      const page = await loadReaderAnnotations(users[who], SLUG, state());
      const panelIds = page.visible.filter((a) => a.turnIndex === page.focusedTurn).map((a) => a.id);
      if (page.focusedId && !panelIds.includes(page.focusedId)) panelIds.push(page.focusedId);
      expect(page.panel, who).toEqual(await oneByOne(users[who], panelIds));
      expect(page.panel.length, who).toBeGreaterThan(0);
    }
  });

  it('reads the panel with a fixed number of statements, however many annotations the turn has', async () => {
    const author = users.author!;
    const state = readerState({ turn: TURN });
    const before = await recordQueries(() => loadReaderAnnotations(author, SLUG, state));
    const selection = await support.selectionOf(db, TURN, '各位记者朋友');
    for (let i = 0; i < 5; i++) await createAnnotation(author, { ...selection, visibility: 'public' });
    const after = await recordQueries(() => loadReaderAnnotations(author, SLUG, state));
    expect(after.result.panel.length).toBe(before.result.panel.length + 5);
    expect(after.statements).toHaveLength(before.statements.length);
  });
});
