/**
 * Re-stores the suggested chronicle links of stored transcripts (all, or the slugs given):
 *   npm run links:refresh -- [<transcript-slug>...]
 * Run it after importing a transcript or a chronicle outside the seed (the seed refreshes by
 * itself). Prints one line per transcript; judged links are never removed.
 */
import { describeRefresh, refreshSuggestedLinks } from '@/lib/data/links';
import { listCurrentTranscriptSlugs } from '@/lib/data/transcripts';
import { createPrismaClient } from '@/lib/db/client';
import { fail } from './lib/cli';

const prisma = createPrismaClient();

async function main(): Promise<void> {
  const given = process.argv.slice(2);
  const slugs = given.length ? given : await listCurrentTranscriptSlugs(prisma);
  for (const slug of slugs) {
    console.log(describeRefresh(await refreshSuggestedLinks(prisma, slug)));
  }
}

main()
  .catch((error: Error) => fail(`links:refresh: ${error.message}`))
  .finally(() => prisma.$disconnect());
