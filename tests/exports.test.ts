// W3C Web Annotation export → import round trip, import safety (all or nothing, re-import
// skips), the export's access rule, and schema.org ClaimReview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleExportAnnotations, handleExportClaimReviews } from '@/app/api/export/handle-export';
import type { Viewer } from '@/lib/data/accounts';
import { setClaim, addEvidence, listAnnotationsForExport, importAnnotations, createAnnotation } from '@/lib/data/annotations';
import { createGroup } from '@/lib/data/groups';
import { parseWebAnnotations, type ImportItem } from '@/lib/export/parse-web-annotations';
import { toAnnotationCollection } from '@/lib/export/web-annotation';
import type { ExportedAnnotation } from '@/lib/export/web-annotation-types';
import { createTranslator } from '@/lib/i18n/translate';
import * as support from './support/annotation-database';
import type { TestDatabase } from './support/test-database';

const BASE = 'https://rostrum.test';
let db: TestDatabase;
let author: Viewer, importer: Viewer, stranger: Viewer;

const richBody = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '核对：' }, { type: 'text', marks: [{ type: 'bold' }], text: '数字' }, { type: 'text', text: ' 见 ' }, { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=<2>' } }], text: '来源' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '第一点 <script>' }] }] }] },
  ],
};

/** What must survive a round trip: everything but identity, author and times. */
const portable = (annotation: ExportedAnnotation) => {
  const rest: Partial<ExportedAnnotation> = { ...annotation };
  for (const key of ['id', 'author', 'createdAt', 'modifiedAt'] as const) delete rest[key];
  return rest;
};

async function fileOf(viewer: Viewer): Promise<unknown> {
  const annotations = (await listAnnotationsForExport(viewer, { mine: true }))!;
  return JSON.parse(JSON.stringify(toAnnotationCollection(annotations, BASE, 'test')));
}

function itemsOf(file: unknown): ImportItem[] {
  const parsed = parseWebAnnotations(file);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.items;
}

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
  author = await support.createUser(db, 'Author');
  importer = await support.createUser(db, 'Importer');
  stranger = await support.createUser(db, 'Stranger');
  const targets = await support.evidenceTargets(db);
  const note = await createAnnotation(author, { ...(await support.selectionOf(db, 2, '疫情')), body: richBody, tags: ['核查', 'COVID'], visibility: 'public', claim: { type: 'statistic' } });
  await setClaim(author, note.id, { type: 'statistic', status: 'supported', evidence: { kind: 'chronicle_entry', entryId: targets.entryId, note: '见大事记' } });
  await addEvidence(author, note.id, { kind: 'news_paragraph', paragraphId: targets.paragraphId });
  await addEvidence(author, note.id, { kind: 'url', url: 'https://example.org/report', note: '报告' });
  await createAnnotation(author, { ...(await support.selectionOf(db, 4, '合作')), visibility: 'private' }); // a highlight
  await createAnnotation(author, { ...(await support.selectionOf(db, 6, '国际')), body: support.docOf('待核实'), claim: { type: 'attribution' } });
}, 120_000);

afterAll(() => support.tearDownAnnotationDatabase(db));

describe('round trip', () => {
  it('importing an export gives the same annotations: spans, bodies, tags, claims, evidence', async () => {
    const original = (await listAnnotationsForExport(author, { mine: true }))!;
    expect(original).toHaveLength(3);
    const report = await importAnnotations(importer, itemsOf(await fileOf(author)));
    expect(report).toEqual({ created: 3, skipped: 0 });
    const copy = (await listAnnotationsForExport(importer, { mine: true }))!;
    expect(copy.map(portable)).toEqual(original.map(portable));
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await db.prisma.annotation.count({ where: { authorId: importer.id } });
    expect(await importAnnotations(importer, itemsOf(await fileOf(author)))).toEqual({ created: 0, skipped: 3 });
    expect(await db.prisma.annotation.count({ where: { authorId: importer.id } })).toBe(before);
  });

  it('finds the span again from the quote alone (a file from another tool)', async () => {
    const file = (await fileOf(author)) as { first: { items: Array<{ target: { selector: Array<{ refinedBy: { type: string } }> } }> } };
    for (const item of file.first.items) item.target.selector = item.target.selector.filter((s) => s.refinedBy.type === 'TextQuoteSelector');
    const items = itemsOf(file);
    expect(items.every((item) => item.position === null)).toBe(true);
    const reader = await support.createUser(db, 'Quote reader');
    await importAnnotations(reader, items);
    const copy = (await listAnnotationsForExport(reader, { mine: true }))!;
    expect(copy.map(portable)).toEqual((await listAnnotationsForExport(author, { mine: true }))!.map(portable));
  });
});

describe('bad files lose nothing', () => {
  it.each([
    ['a turn that is not there', (item: ImportItem) => ({ ...item, turnIndex: 9999 }), /annotation 2: .*no turn 9999/],
    ['a quote that is not in the turn', (item: ImportItem) => ({ ...item, position: null, quote: { exact: '完全不存在的引文内容', prefix: '', suffix: '' } }), /annotation 2: the quote is not in turn/],
    ['an unknown transcript', (item: ImportItem) => ({ ...item, transcriptSlug: 'no-such-transcript' }), /annotation 2: transcript "no-such-transcript"/],
    ['a script in the body', (item: ImportItem) => ({ ...item, body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } }), /annotation 2: Body/],
  ])('%s: the whole file is refused with its position', async (_case, spoil, message) => {
    const reader = await support.createUser(db, 'Careful reader');
    const items = itemsOf(await fileOf(author));
    items[1] = spoil(items[1]!);
    await expect(importAnnotations(reader, items)).rejects.toThrow(message);
    expect(await db.prisma.annotation.count({ where: { authorId: reader.id } })).toBe(0);
  });

  it.each([
    ['not an object', 42, 'expected a JSON object or array'],
    ['no target', [{ type: 'Annotation' }], 'annotation 1: target'],
    ['a target elsewhere', [{ type: 'Annotation', target: { source: 'https://example.org/page', selector: [] } }], 'annotation 1: target.source'],
    ['no turn fragment', [{ type: 'Annotation', target: { source: `${BASE}/transcripts/x`, selector: { type: 'TextQuoteSelector', exact: 'a' } } }], 'annotation 1: target.selector'],
    ['a linked first page', { type: 'AnnotationCollection', first: `${BASE}/page/1` }, 'first: only an embedded first page'],
  ])('parse: %s', (_case, json, message) => {
    const parsed = parseWebAnnotations(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toContain(message);
  });
});

describe('export access', () => {
  it('a transcript export holds only what the viewer may read', async () => {
    const response = await handleExportAnnotations(stranger, new URL(`${BASE}/api/export/annotations?transcript=${support.SLUG}`), BASE);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const body = (await response.json()) as { total: number; first: { items: Array<{ body: Array<{ purpose: string; value?: string }> }> } };
    expect(body.total).toBe(1); // the public note only; the private highlight and note stay the author's
    expect(body.first.items[0]!.body.map((b) => b.purpose)).toEqual(['commenting', 'tagging', 'tagging', 'assessing', 'linking', 'linking', 'linking']);
  });

  it('a group the viewer is not in, an unknown transcript and "mine" signed out look like nothing', async () => {
    const group = await createGroup(author, { name: 'Desk', kind: 'team' });
    for (const query of [`group=${group.id}`, 'transcript=no-such', 'mine=1']) {
      const viewer = query === 'mine=1' ? null : stranger;
      const response = await handleExportAnnotations(viewer, new URL(`${BASE}/api/export/annotations?${query}`), BASE);
      expect({ query, status: response.status }).toEqual({ query, status: 404 });
    }
  });
});

describe('ClaimReview', () => {
  it('exports claims with a verdict, rated 1–5, linked to the turn', async () => {
    const response = await handleExportClaimReviews(null, new URL(`${BASE}/api/export/claim-reviews?transcript=${support.SLUG}`), BASE, createTranslator('en'));
    const reviews = (await response.json()) as Array<Record<string, unknown> & { reviewRating: { ratingValue: number; alternateName: string }; itemReviewed: { appearance: { url: string } } }>;
    expect(reviews).toHaveLength(1); // the unverified claim is not a review
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: '疫情', author: { name: 'Author' } });
    expect(reviews[0]!.reviewRating).toMatchObject({ ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Supported' });
    expect(reviews[0]!.itemReviewed.appearance.url).toBe(`${BASE}/transcripts/${support.SLUG}#turn-2`);
  });
});
