/** `npm run transcript:import -- <file> [--slug s]`: parses and stores a transcript in one transaction. */
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/client';
import { fail } from './lib/cli';
import { importTranscriptFile } from './lib/import-files';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' } } });
const [path] = positionals;
if (!path) fail('usage: npm run transcript:import -- <file> [--slug <slug>]');

const prisma = createPrismaClient();
importTranscriptFile(prisma, path, values.slug)
  .then((r) => console.log(`transcript ${r.slug}: ${r.status} (version ${r.version}, ${r.turns} turns${r.annotations ? `; annotations: ${r.annotations.stayed} stayed, ${r.annotations.moved} moved, ${r.annotations.needsReview} need review` : ''})`))
  .catch((error: Error) => fail(error.message))
  .finally(() => prisma.$disconnect());
