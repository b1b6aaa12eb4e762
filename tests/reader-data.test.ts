import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChronicleTimelines, getTranscriptForReader, listTranscripts } from '@/lib/data/transcripts';
import { getPrisma } from '@/lib/db/client';
import { seedCorpus } from '@/scripts/lib/seed';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
const SLUG = 'scio-2020-03-26-press-conference';

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url; // the data layer's shared client reads it on first use
  await seedCorpus(db.prisma, () => undefined);
});
afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

describe('reader data layer', () => {
  it('lists the transcript with its counts', async () => {
    const list = await listTranscripts(null);
    expect(list).toEqual([expect.objectContaining({ slug: SLUG, turnCount: 43, version: 1, heldAt: '2020-03-26T02:00:00.000Z' })]);
  });

  it('returns turns, roster and exchanges of the current version', async () => {
    const transcript = await getTranscriptForReader(null, SLUG);
    expect(transcript?.turns).toHaveLength(43);
    expect(transcript?.turns[0]).toMatchObject({ index: 1, speaker: '胡凯红', role: 'host', postedAt: '2020-03-26T02:01:21.000Z' });
    expect(transcript?.speakers.find((s) => s.label === '罗照辉')).toMatchObject({ role: 'official', title: '外交部副部长', organization: '外交部' });
    const first = transcript!.exchanges[0]!;
    expect(transcript!.turns[first.question - 1]!.role).toBe('journalist');
    expect(first.answers.every((i) => transcript!.turns[i - 1]!.role === 'official')).toBe(true);
  });

  it('answers null for an unknown slug', async () => {
    expect(await getTranscriptForReader(null, 'no-such-transcript')).toBeNull();
  });

  it('groups chronicle entries into days', async () => {
    const [timeline] = await listChronicleTimelines();
    const dates = timeline!.days.map((d) => d.date);
    expect(dates).toContain('2020-03-26');
    expect(new Set(dates).size).toBe(dates.length);
  });
});
