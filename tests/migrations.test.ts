import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '@/lib/db/migrate';
import { ACTUAL_SCHEMA_SQL, expectedSchema } from './support/schema-drift';
import { createEmptyDatabase } from './support/test-database';

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  database = await createEmptyDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

describe('migration runner', () => {
  it('applies every migration once and records it the way Prisma does', async () => {
    const files = readMigrations();
    const first = await migrate(client, files);
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await migrate(client, files);
    expect(second).toEqual({ applied: [], alreadyApplied: files.map((f) => f.name) });

    const { rows } = await client.query('SELECT id, checksum, migration_name, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows).toHaveLength(files.length);
    rows.forEach((row, i) => {
      expect(row.migration_name).toBe(files[i]!.name);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.checksum).toBe(files[i]!.checksum);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    });
  });

  it('matches schema.prisma exactly: tables, columns, types, nullability, indexes and foreign keys', async () => {
    const { rows } = await client.query<{ line: string }>(ACTUAL_SCHEMA_SQL);
    expect(rows.map((r) => r.line).sort()).toEqual(expectedSchema());
  });

  it('fails loudly when an applied migration file was edited', async () => {
    const [first, ...rest] = readMigrations();
    const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: 'f'.repeat(64) };
    await expect(migrate(client, [edited, ...rest])).rejects.toThrow(/was changed after it was applied/);
  });

  it('rolls a failing migration back whole and records nothing', async () => {
    const dir = migrationsDir({
      '29990101000000_broken': 'CREATE TABLE "Half" ("id" TEXT);\nSELECT no_such_function();',
    });
    await expect(migrate(client, [...readMigrations(), ...readMigrations(dir)])).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const tables = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(tables.rowCount).toBe(0);
    const records = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    expect(records.rowCount).toBe(0);
  });

  it('serialises concurrent runners with an advisory lock', async () => {
    const fresh = await createEmptyDatabase();
    const clients = await Promise.all([0, 1, 2].map(async () => {
      const c = new pg.Client({ connectionString: fresh.url });
      await c.connect();
      return c;
    }));
    try {
      const reports = await Promise.all(clients.map((c) => migrate(c)));
      expect(reports.flatMap((r) => r.applied)).toHaveLength(readMigrations().length);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await fresh.drop();
    }
  });
});
