import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTranscript } from '@/lib/data/transcripts';
import { parseTranscript, type ParsedTranscript } from '@/lib/transcript';
import { COUNT_ROWS_SQL, readSeed, SEED_TRANSCRIPT } from './support/seed-files';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
const rawText = readSeed(SEED_TRANSCRIPT);

function parseOk(text: string): ParsedTranscript {
  const result = parseTranscript(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const counts = async () => (await db.query(COUNT_ROWS_SQL))[0];

describe('transcript import', () => {
  it('stores a failing import as nothing at all', async () => {
    const parsed = parseOk(rawText);
    const broken = { ...parsed, turns: [...parsed.turns, { ...parsed.turns[0]!, index: 44, speaker: 'nobody' }] };
    await expect(importTranscript(db.prisma, { slug: 'broken', rawText, parsed: broken })).rejects.toThrow(/speaker nobody/);
    const duplicateIndex = { ...parsed, turns: [...parsed.turns, parsed.turns[0]!] };
    await expect(importTranscript(db.prisma, { slug: 'broken', rawText, parsed: duplicateIndex })).rejects.toThrow();
    expect(await counts()).toMatchObject({ transcripts: 0, versions: 0, speakers: 0, turns: 0, exchanges: 0 });
  });

  it('stores the press conference as 43 timestamped speaker turns', async () => {
    const result = await importTranscript(db.prisma, { slug: 'scio', rawText, parsed: parseOk(rawText) });
    expect(result).toEqual({ status: 'created', slug: 'scio', version: 1, turns: 43 });
    const turns = await db.query<{ index: number; label: string; role: string; postedAt: Date }>(
      `SELECT t.index, s.label, s.role::text AS role, t."postedAt" FROM "Turn" t JOIN "Speaker" s ON s.id = t."speakerId" ORDER BY t.index`,
    );
    expect(turns).toHaveLength(43);
    expect(turns[0]).toMatchObject({ index: 1, label: '胡凯红', role: 'host' });
    expect(turns[0]!.postedAt.toISOString()).toBe('2020-03-26T02:01:21.000Z');
    expect(turns[42]!.postedAt.toISOString()).toBe('2020-03-26T04:09:23.000Z');
    const [transcript] = await db.query(`SELECT title, "heldAt", "currentVersionId" IS NOT NULL AS current FROM "Transcript"`);
    expect(transcript).toMatchObject({ current: true });
    expect((transcript!.heldAt as Date).toISOString()).toBe('2020-03-26T02:00:00.000Z');
    const exchanges = await db.query(`SELECT e.index FROM "Exchange" e`);
    expect(exchanges.length).toBeGreaterThan(10);
  });

  it('changes nothing when the same content is imported again', async () => {
    const before = await counts();
    const result = await importTranscript(db.prisma, { slug: 'scio', rawText, parsed: parseOk(rawText) });
    expect(result.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('stores a corrected text as the next version and keeps the first', async () => {
    const corrected = rawText.replace('女士们、先生们，大家上午好！', '女士们、先生们，大家上午好。');
    expect(corrected).not.toBe(rawText);
    const result = await importTranscript(db.prisma, { slug: 'scio', rawText: corrected, parsed: parseOk(corrected) });
    expect(result).toMatchObject({ status: 'new-version', version: 2, turns: 43 });
    const versions = await db.query<{ version: number; current: boolean }>(
      `SELECT v.version, t."currentVersionId" = v.id AS current FROM "TranscriptVersion" v JOIN "Transcript" t ON t.id = v."transcriptId" ORDER BY v.version`,
    );
    expect(versions).toEqual([{ version: 1, current: false }, { version: 2, current: true }]);
  });

  it('makes an older version current again when its text is imported again, storing nothing new', async () => {
    const before = await counts();
    const result = await importTranscript(db.prisma, { slug: 'scio', rawText, parsed: parseOk(rawText) });
    expect(result).toMatchObject({ status: 'restored', version: 1, turns: 43, annotations: { stayed: 0, moved: 0, needsReview: 0 } });
    const versions = await db.query<{ version: number; current: boolean }>(
      `SELECT v.version, t."currentVersionId" = v.id AS current FROM "TranscriptVersion" v JOIN "Transcript" t ON t.id = v."transcriptId" ORDER BY v.version`,
    );
    expect(versions).toEqual([{ version: 1, current: true }, { version: 2, current: false }]);
    expect(await counts()).toEqual(before);
  });
});

describe('transcript:import CLI', () => {
  const cli = (file: string) =>
    spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/transcript-import.ts', file], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: db.url } });

  it('reports bad input by line and stores nothing', async () => {
    const before = await counts();
    const file = join(mkdtempSync(join(tmpdir(), 'rostrum-')), 'prose.txt');
    writeFileSync(file, '这只是一段普通的文字，没有任何发言人。\n第二段也一样。\n');
    const result = cli(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/prose\.txt: line \d+: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await counts()).toEqual(before);
  });

  it('imports a file and is a no-op the second time', async () => {
    const first = cli(SEED_TRANSCRIPT);
    expect(first.stdout).toMatch(/scio-2020-03-26-press-conference: created \(version 1, 43 turns\)/);
    const second = cli(SEED_TRANSCRIPT);
    expect(second.stdout).toMatch(/scio-2020-03-26-press-conference: unchanged/);
  });
});
