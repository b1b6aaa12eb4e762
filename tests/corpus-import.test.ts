import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseChronicle } from '@/lib/chronicle';
import { importChronicle } from '@/lib/data/transcripts';
import { seedCorpus } from '@/scripts/lib/seed';
import { COUNT_ROWS_SQL, readSeed, SEED_CHRONICLE } from './support/seed-files';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
const counts = async () => (await db.query(COUNT_ROWS_SQL))[0];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('db:seed', () => {
  it('imports the transcript, the chronicle and three news articles', async () => {
    const log: string[] = [];
    await seedCorpus(db.prisma, (line) => log.push(line));
    expect(await counts()).toMatchObject({ transcripts: 1, versions: 1, turns: 43, chronicles: 1, news: 3 });
    expect(log.every((line) => / created /.test(line))).toBe(true);
    const parsed = parseChronicle(readSeed(SEED_CHRONICLE), { fileName: SEED_CHRONICLE });
    expect(parsed.ok && (await counts())!.entries).toBe(parsed.ok && parsed.value.entries.length);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await counts();
    const log: string[] = [];
    await seedCorpus(db.prisma, (line) => log.push(line));
    expect(log.every((line) => / unchanged /.test(line))).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('keeps news articles free of link lists and counters', async () => {
    const paragraphs = await db.query<{ text: string }>(`SELECT text FROM "NewsParagraph"`);
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const { text } of paragraphs) expect(text).not.toMatch(/评论 \d+|責任編輯|责任编辑|相关推荐|相關推薦|最新闻 Hot/);
  });
});

describe('chronicle re-import', () => {
  it('updates changed entries in place and keeps the others (ids stable)', async () => {
    const raw = readSeed(SEED_CHRONICLE);
    const before = await db.query<{ id: string; key: string; text: string }>(`SELECT id, key, text FROM "ChronicleEntry" ORDER BY position`);
    const target = before.find((e) => e.text.includes('古特雷斯'))!;
    const corrected = raw.replace('应约同联合国秘书长古特雷斯通电话', '应约同联合国秘书长古特雷斯通了电话');
    const parsed = parseChronicle(corrected, { fileName: SEED_CHRONICLE });
    if (!parsed.ok) throw new Error('corrected chronicle should parse');
    const result = await importChronicle(db.prisma, { slug: 'chronicle-2020-03', rawText: corrected, parsed: parsed.value });
    expect(result).toMatchObject({ status: 'updated', removed: 0 });
    const after = await db.query<{ id: string; key: string; text: string }>(`SELECT id, key, text FROM "ChronicleEntry" ORDER BY position`);
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(after.find((e) => e.id === target.id)!.text).toContain('古特雷斯通了电话');
  });
});
