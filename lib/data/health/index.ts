import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** Runs `SELECT 1`; throws when PostgreSQL cannot answer. */
export async function pingDatabase(): Promise<void> {
  await getPrisma().$queryRaw`SELECT 1`;
}
