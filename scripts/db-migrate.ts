/** `npm run db:migrate`: applies pending SQL migrations to DATABASE_URL. */
import pg from 'pg';
import { migrate } from '@/lib/db/migrate';
import { requireDatabaseUrl } from '@/lib/db/pool';
import { fail } from './lib/cli';

async function main(): Promise<void> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    const report = await migrate(client);
    for (const name of report.applied) console.log(`applied ${name}`);
    console.log(`migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`);
  } finally {
    await client.end();
  }
}

main().catch((error: Error) => fail(`db:migrate: ${error.message}`));
