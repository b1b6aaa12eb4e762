// Search on the seeded corpus: Chinese relevance (table-driven), filters, and the access rule
// (a search never finds an annotation its reader may not open).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/data/accounts';
import { createAnnotation } from '@/lib/data/annotations';
import { createGroup, joinGroup, removeMember } from '@/lib/data/groups';
import { search } from '@/lib/data/search';
import type { SearchHit } from '@/lib/data/search';
import { foldString } from '@/lib/search/fold';
import type { SearchFilters } from '@/lib/validation/search';
import * as support from './support/annotation-database';
import type { TestDatabase } from './support/test-database';

let db: TestDatabase;
let author: Viewer, member: Viewer, removed: Viewer, stranger: Viewer;

const marks = (hit: SearchHit) => hit.segments.filter((s) => s.mark).map((s) => foldString(s.text));
const run = async (viewer: Viewer | null, q: string, filters: SearchFilters = {}) => (await search(viewer, q, filters))!;
const ids = async (viewer: Viewer | null, q: string) => (await run(viewer, q)).hits.map((hit) => hit.id);

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  const make = (name: string) => support.createUser(db, name);
  [author, member, removed, stranger] = [await make('Author'), await make('Member'), await make('Removed'), await make('Stranger')];
  const group = await createGroup(author, { name: 'Claim desk', kind: 'team' });
  await joinGroup(member, group.joinCode!);
  await joinGroup(removed, group.joinCode!);
  const note = (text: string, visibility: 'private' | 'public' | 'group', tags: string[] = []) =>
    support.selectionOf(db, 2, '疫情').then((anchor) =>
      createAnnotation(author, { ...anchor, body: support.docOf(text), visibility, groupId: visibility === 'group' ? group.id : undefined, tags, claim: { type: 'statistic' } }),
    );
  await note('私人笔记甲乙丙', 'private');
  await note('公开笔记丁戊己', 'public', ['出口数据']);
  await note('小组笔记庚辛壬', 'group');
  await removeMember(author, group.id, removed.id);
}, 120_000);

afterAll(() => support.tearDownAnnotationDatabase(db));

describe('relevance on Chinese queries', () => {
  it.each([
    { q: '口罩', kind: 'turn', mark: '口罩' },
    { q: '呼吸机', kind: 'turn', mark: '呼吸机' },
    { q: '檢測試劑', kind: 'turn', mark: '检测试剂' }, // Traditional query, Simplified text
    { q: '钟南山', kind: 'chronicle', mark: '钟南山' },
    { q: '塞尔维亚', kind: 'turn', mark: '塞尔维亚' },
    { q: 'who', kind: 'turn', mark: 'who' }, // "WHO" in the text: case folded
    { q: 'ｗｈｏ', kind: 'turn', mark: 'who' }, // full-width query
  ])('"$q": full matches first, every one marked with "$mark", some of kind $kind', async ({ q, kind, mark }) => {
    const { hits, counts } = await run(null, q);
    const full = hits.filter((hit) => !hit.related);
    expect(full.length).toBeGreaterThan(0);
    expect(counts[kind as SearchHit['kind']]).toBeGreaterThan(0);
    for (const hit of full) expect(marks(hit)).toContain(mark);
    expect(hits.findIndex((hit) => hit.related)).not.toBe(0);
  });

  it('requires every term: "意大利 专家组" hits contain both', async () => {
    const { hits } = await run(null, '意大利 专家组');
    const full = hits.filter((hit) => !hit.related);
    expect(full.length).toBeGreaterThan(0);
    for (const hit of full) expect(marks(hit)).toEqual(expect.arrayContaining(['意大利', '专家组']));
  });

  it('ranks a turn that says it more often above one that mentions it once', async () => {
    const { hits } = await run(null, '塞尔维亚', { kind: 'turn' });
    const count = (hit: SearchHit) => marks(hit).length;
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits.at(-1)!.score);
    expect(count(hits[0]!)).toBeGreaterThanOrEqual(1);
  });

  it('finds reworded Chinese as related matches after the full ones', async () => {
    const { hits } = await run(null, '合作国际抗疫');
    expect(hits.some((hit) => hit.related)).toBe(true);
    const firstRelated = hits.findIndex((hit) => hit.related);
    expect(hits.slice(firstRelated).every((hit) => hit.related)).toBe(true);
  });

  it('links each kind to its exact place', async () => {
    const { hits } = await run(null, '钟南山');
    const turn = hits.find((hit) => hit.kind === 'turn')!;
    const entry = hits.find((hit) => hit.kind === 'chronicle')!;
    expect(turn.href).toBe(`/transcripts/${support.SLUG}#turn-${turn.turnIndex}`);
    expect(entry.href).toMatch(/^\/chronicle#entry-/);
  });

  it('gives null for a query with nothing to search', async () => {
    expect(await search(null, ' ，。 ', {})).toBeNull();
  });
});

describe('filters', () => {
  it('speaker: only that speaker\'s turns, no chronicle entries', async () => {
    const { hits } = await run(null, '疫情', { speaker: '罗照辉' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.speaker === '罗照辉')).toBe(true);
  });

  it('kind and date range: chronicle entries of those days only', async () => {
    const { hits } = await run(null, '疫情', { kind: 'chronicle', from: '2020-03-10', to: '2020-03-12' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.kind === 'chronicle' && hit.date! >= '2020-03-10' && hit.date! <= '2020-03-12')).toBe(true);
  });

  it('tag and status: annotations only', async () => {
    const byTag = await run(null, '疫情', { tag: '出口数据' });
    expect(byTag.hits.map((hit) => [hit.kind, hit.tags])).toEqual([['annotation', ['出口数据']]]);
    const byStatus = await run(author, '笔记', { status: 'unverified' });
    expect(byStatus.hits.length).toBe(3);
    expect(byStatus.hits.every((hit) => hit.kind === 'annotation' && hit.status === 'unverified')).toBe(true);
  });
});

describe('access: search finds only what its reader may open', () => {
  const viewers: Record<string, () => Viewer | null> = {
    'author': () => author,
    'group member': () => member,
    'removed member': () => removed,
    'stranger': () => stranger,
    'signed out': () => null,
  };
  it.each([
    ['author', ['私人笔记甲乙丙', '公开笔记丁戊己', '小组笔记庚辛壬']],
    ['group member', ['公开笔记丁戊己', '小组笔记庚辛壬']],
    ['removed member', ['公开笔记丁戊己']],
    ['stranger', ['公开笔记丁戊己']],
    ['signed out', ['公开笔记丁戊己']],
  ])('%s', async (who, visible) => {
    for (const text of ['私人笔记甲乙丙', '公开笔记丁戊己', '小组笔记庚辛壬']) {
      const found = (await ids(viewers[who]!(), text)).length > 0;
      expect({ text, found }).toEqual({ text, found: visible.includes(text) });
    }
  });
});
