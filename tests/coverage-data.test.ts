// News coverage of the sample press conference: which paragraphs of each article report which
// turns. The table is the expected result on the seed corpus; when the matcher or its threshold
// changes, a changed row shows what moved (add a row per article or paragraph you check).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTranscriptCoverage, getTurnCoverage } from '@/lib/data/transcripts';
import { SLUG, setUpAnnotationDatabase, tearDownAnnotationDatabase } from './support/annotation-database';
import type { TestDatabase } from './support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await setUpAnnotationDatabase();
});
afterAll(() => tearDownAnnotationDatabase(db));

const AID = 'news-2020-03-27-aid-89-countries';
const CHONGQING = 'news-2020-03-24-chongqing-belt-and-road';
const REVIEW = 'news-2020-foreign-ministry-review';

describe('getTranscriptCoverage on the sample', () => {
  // Turns: 2 and 11 罗照辉, 4 and 21 and 36 徐南平, 6 and 24 曾益新, 8 邓波清 (the officials who said it).
  it.each([
    { description: 'the headline: 89 countries (八十九 = 89)', slug: AID, paragraph: 0, turns: [8] },
    { description: 'the summary lead: every official', slug: AID, paragraph: 1, turns: [2, 4, 6, 8, 11] },
    { description: 'the science paragraph: 徐南平', slug: AID, paragraph: 2, turns: [4, 21, 36] },
    { description: 'the medical teams paragraph: 曾益新', slug: AID, paragraph: 3, turns: [6, 24] },
    { description: 'the video conferences paragraph: 曾益新', slug: AID, paragraph: 4, turns: [6] },
    { description: 'the aid paragraph: 邓波清', slug: AID, paragraph: 5, turns: [8] },
  ])('$description', async ({ slug, paragraph, turns }) => {
    const coverage = await getTranscriptCoverage(null, SLUG);
    const doc = coverage!.find((d) => d.document.slug === slug)!;
    const found = doc.paragraphs.find((p) => p.paragraphPosition === paragraph);
    expect(found?.turns.map((t) => t.turnIndex).sort((a, b) => a - b)).toEqual(turns);
  });

  it.each([
    { description: 'the Traditional-Chinese Chongqing article reports no turn', slug: CHONGQING, atMost: 0 },
    { description: 'the year-end review shares a few phrases only', slug: REVIEW, atMost: 3 },
  ])('$description', async ({ slug, atMost }) => {
    const doc = (await getTranscriptCoverage(null, SLUG))!.find((d) => d.document.slug === slug)!;
    expect(doc.paragraphs.length).toBeLessThanOrEqual(atMost);
  });

  it('an unknown transcript has no coverage', async () => {
    expect(await getTranscriptCoverage(null, 'nope')).toBeNull();
  });
});

describe('getTurnCoverage', () => {
  it('邓波清’s turn on 89 countries: the news passages beside his sentences, differences marked', async () => {
    const comparisons = (await getTurnCoverage(null, SLUG, 8))!;
    expect(comparisons.every((c) => c.turnIndex === 8)).toBe(true);
    const aid = comparisons.filter((c) => c.document.slug === AID);
    expect(aid.map((c) => c.paragraphPosition)).toEqual(expect.arrayContaining([0, 1, 5]));

    const lead = aid.find((c) => c.paragraphPosition === 1 && c.newsSentence.text.includes('89个国家'))!;
    // 第五批 (news) and 第5批 (turn) are one number: nothing marked; the turn's 目前 is left out.
    expect(lead.diff.turn.filter((s) => s.kind !== 'same').map((s) => `${s.kind}:${s.text}`)).toEqual(['omitted:目前']);
    expect(lead.diff.news.every((s) => s.kind === 'same')).toBe(true);
    expect(lead.diff.numberChanges).toEqual([]);

    const headline = aid.find((c) => c.paragraphPosition === 0)!;
    expect(headline.diff.news.find((s) => s.text.includes('八十九个国家'))?.kind).toBe('same');

    const attributed = aid.find((c) => c.newsSentence.text.startsWith('国家国际发展合作署副署长邓波清认为'))!;
    expect(attributed.diff.news[0]).toEqual({ kind: 'added', text: '国家国际发展合作署副署长邓波清认为' });
  });

  it.each([
    { description: 'a host’s closing words are not news', turn: 43, count: 0 },
    { description: 'a journalist’s question is not reported', turn: 15, count: 0 },
  ])('$description', async ({ turn, count }) => {
    expect(await getTurnCoverage(null, SLUG, turn)).toHaveLength(count);
  });

  it('an unknown transcript is null', async () => {
    expect(await getTurnCoverage(null, 'nope', 1)).toBeNull();
  });
});
