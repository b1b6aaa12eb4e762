/** `npm run news:import -- <file>...`: parses and stores news articles, each in one transaction. */
import { createPrismaClient } from '@/lib/db/client';
import { fail } from './lib/cli';
import { importNewsFile } from './lib/import-files';

const paths = process.argv.slice(2);
if (paths.length === 0) fail('usage: npm run news:import -- <file>...');

const prisma = createPrismaClient();
(async () => {
  for (const path of paths) {
    const r = await importNewsFile(prisma, path);
    console.log(`news ${r.slug}: ${r.status} (${r.paragraphs} paragraphs)`);
  }
})()
  .catch((error: Error) => fail(error.message))
  .finally(() => prisma.$disconnect());
