/**
 * `npm run transcript:import -- <file> [--slug s]`: parses and stores a transcript in one
 * transaction (re-anchoring annotations when it is a corrected version), then refreshes its
 * suggested chronicle links.
 */
import { parseArgs } from 'node:util';
import { describeRefresh, refreshSuggestedLinks } from '@/lib/data/links';
import { createPrismaClient } from '@/lib/db/client';
import { fail } from './lib/cli';
import { importTranscriptFile } from './lib/import-files';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' } } });
const [path] = positionals;
if (!path) fail('usage: npm run transcript:import -- <file> [--slug <slug>]');

const prisma = createPrismaClient();

async function main(file: string): Promise<void> {
  const r = await importTranscriptFile(prisma, file, values.slug);
  const moved = r.annotations
    ? `; annotations: ${r.annotations.stayed} stayed, ${r.annotations.moved} moved, ${r.annotations.needsReview} need review`
    : '';
  console.log(`transcript ${r.slug}: ${r.status} (version ${r.version}, ${r.turns} turns${moved})`);
  if (r.status !== 'unchanged') console.log(describeRefresh(await refreshSuggestedLinks(prisma, r.slug)));
}

main(path)
  .catch((error: Error) => fail(error.message))
  .finally(() => prisma.$disconnect());
