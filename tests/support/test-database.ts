import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { createPool } from '@/lib/db/pool';

/** Where tests may create databases: TEST_DATABASE_ADMIN_URL, else the local server. */
export const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Runs SQL on a plain connection (for assertions the client cannot express). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of a database named `name` on the admin server. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty, uniquely named database; nothing is shared between test files. */
export async function createEmptyDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `rostrum_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** A fresh, migrated database with a Prisma client, dropped by `drop()`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  const pool = createPool(empty.url, 2);
  const client = await pool.connect();
  try {
    await migrate(client);
  } finally {
    client.release();
  }
  const prisma = createPrismaClient(empty.url);
  return {
    url: empty.url,
    prisma,
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async drop() {
      await prisma.$disconnect();
      await pool.end();
      await empty.drop();
    },
  };
}
