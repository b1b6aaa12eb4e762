// Transcripts in someone's library for the transcript access tests: the sample press conference
// with one unique marker word added to turn 2, imported through importTranscript with an owner
// (as the app's import will). Not a test file itself (no `.test.ts`).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Viewer } from '@/lib/data/accounts';
import { importTranscript, type TranscriptImportOwner } from '@/lib/data/transcripts';
import { parseTranscript } from '@/lib/transcript';
import type { TestDatabase } from './test-database';

/** The sample transcript's text with `marker` as a second paragraph of turn 2. */
export function markedSampleText(marker: string): string {
  const lines = readFileSync(join(process.cwd(), 'prisma', 'seed', 'data', 'scio-2020-03-26-press-conference.txt'), 'utf8').split('\n');
  lines.splice(9, 0, `标记 ${marker} 在此。`);
  return lines.join('\n');
}

/** A transcript owned by `owner` (private unless `share` says otherwise) under a fresh slug; its marker is a word only its turn 2 holds. */
export async function importOwnedTranscript(
  db: TestDatabase,
  owner: Viewer | null,
  share: Omit<TranscriptImportOwner, 'viewer'> = {},
  tag = randomBytes(4).toString('hex'),
): Promise<{ slug: string; marker: string; transcriptId: string }> {
  const slug = `owned-${tag}`;
  const marker = `zq${tag}m`;
  const rawText = markedSampleText(marker);
  const parsed = parseTranscript(rawText);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  await importTranscript(db.prisma, { slug, rawText, parsed: parsed.value, ...(owner ? { owner: { viewer: owner, ...share } } : {}) });
  const { id } = await db.prisma.transcript.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return { slug, marker, transcriptId: id };
}
