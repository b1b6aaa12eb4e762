import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrismaClient } from '@/lib/db/client';
import { describeRefresh, refreshSuggestedLinks } from '@/lib/data/links';
import { importChronicleFile, importNewsFile, importTranscriptFile } from './import-files';

const SEED_DIR = join(process.cwd(), 'prisma', 'seed');

interface SeedManifest {
  transcripts: string[];
  chronicles: string[];
  news: string[];
}

/**
 * Imports the sample corpus listed in prisma/seed/manifest.json, then stores the suggested
 * chronicle links of every transcript (after the chronicle, which they point into); safe to
 * run again: a second run changes nothing.
 */
export async function seedCorpus(prisma: PrismaClient, log: (line: string) => void = console.log): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(SEED_DIR, 'manifest.json'), 'utf8')) as SeedManifest;
  const file = (name: string) => join(SEED_DIR, 'data', name);
  const transcriptSlugs: string[] = [];
  for (const name of manifest.transcripts) {
    const r = await importTranscriptFile(prisma, file(name));
    transcriptSlugs.push(r.slug);
    log(`transcript ${r.slug}: ${r.status} (version ${r.version}, ${r.turns} turns)`);
  }
  for (const name of manifest.chronicles) {
    const r = await importChronicleFile(prisma, file(name));
    log(`chronicle ${r.slug}: ${r.status} (${r.entries} entries)`);
  }
  for (const name of manifest.news) {
    const r = await importNewsFile(prisma, file(name));
    log(`news ${r.slug}: ${r.status} (${r.paragraphs} paragraphs)`);
  }
  for (const slug of transcriptSlugs) {
    log(describeRefresh(await refreshSuggestedLinks(prisma, slug)));
  }
}
