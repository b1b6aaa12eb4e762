/** `npm run chronicle:import -- <file> [--year 2020]`: parses and stores a chronicle in one transaction. */
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/client';
import { fail } from './lib/cli';
import { importChronicleFile } from './lib/import-files';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { year: { type: 'string' } } });
const [path] = positionals;
if (!path) fail('usage: npm run chronicle:import -- <file> [--year <year>]');

const prisma = createPrismaClient();
importChronicleFile(prisma, path, values.year ? Number(values.year) : undefined)
  .then((r) => console.log(`chronicle ${r.slug}: ${r.status} (${r.entries} entries, ${r.removed} removed)`))
  .catch((error: Error) => fail(error.message))
  .finally(() => prisma.$disconnect());
