/** `npm run db:seed`: imports the sample corpus (idempotent). */
import { createPrismaClient } from '@/lib/db/client';
import { fail } from './lib/cli';
import { seedCorpus } from './lib/seed';

const prisma = createPrismaClient();
seedCorpus(prisma)
  .catch((error: Error) => fail(`db:seed: ${error.message}`))
  .finally(() => prisma.$disconnect());
