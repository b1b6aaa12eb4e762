// Shared set-up of the annotation tests: a seeded database, users made directly, helpers that
// turn a quote into code-point offsets. Not a test file itself (no `.test.ts`).
import { randomBytes } from 'node:crypto';
import type { Viewer } from '@/lib/data/accounts';
import { codePointLength } from '@/lib/anchoring/code-points';
import { importTranscript } from '@/lib/data/transcripts';
import { getPrisma } from '@/lib/db/client';
import { parseTranscript } from '@/lib/transcript';
import { seedCorpus } from '@/scripts/lib/seed';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Slug of the seeded press conference. */
export const SLUG = 'scio-2020-03-26-press-conference';

/** A fresh migrated database with the sample corpus; the data layer's client points at it. */
export async function setUpAnnotationDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  process.env.DATABASE_URL = db.url; // the data layer's shared client reads it on first use
  await seedCorpus(db.prisma, () => undefined);
  return db;
}

/** Disconnects the shared client and drops the database. */
export async function tearDownAnnotationDatabase(db: TestDatabase | undefined): Promise<void> {
  await getPrisma().$disconnect();
  await db?.drop();
}

/** A reader made directly in the database (no password: tests never sign in). */
export async function createUser(db: TestDatabase, name: string): Promise<Viewer> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@example.test`;
  return db.prisma.user.create({ data: { name, email, passwordHash: null }, select: { id: true, name: true, email: true } });
}

/** The text of turn `index` of the current version of `slug`. */
export async function turnText(db: TestDatabase, index: number, slug = SLUG): Promise<string> {
  const turn = await db.prisma.turn.findFirstOrThrow({ where: { index, version: { currentOf: { is: { slug } } } }, select: { text: true } });
  return turn.text;
}

/** A selection of `exact` in turn `turnIndex` (its `occurrence`-th appearance), offsets in code points. */
export async function selectionOf(db: TestDatabase, turnIndex: number, exact: string, slug = SLUG, occurrence = 0) {
  const text = await turnText(db, turnIndex, slug);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`"${exact}" is not in turn ${turnIndex}`);
  const start = codePointLength(text.slice(0, at));
  return { transcriptSlug: slug, turnIndex, start, end: start + codePointLength(exact), exact };
}

/** A tiptap document of one paragraph of plain text. */
export function docOf(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** Imports a transcript text under `slug` (a new version when the slug exists). */
export async function importText(db: TestDatabase, slug: string, rawText: string) {
  const parsed = parseTranscript(rawText);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return importTranscript(db.prisma, { slug, rawText, parsed: parsed.value });
}

/** Ids of a chronicle entry and a news paragraph of the seed corpus, for evidence. */
export async function evidenceTargets(db: TestDatabase) {
  const entry = await db.prisma.chronicleEntry.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true } });
  const paragraph = await db.prisma.newsParagraph.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true } });
  return { entryId: entry.id, paragraphId: paragraph.id };
}
