// Upgrades lose nothing (hardening round two): a database built at every earlier point of the
// migration history (each one a possible previous release), with a row in every table, takes
// the remaining migrations and still holds every row, every old value unchanged, readable
// through today's Prisma client.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { migrate, readMigrations } from '@/lib/db/migrate';
import { fillEveryTable, snapshotEveryTable } from './support/fill-every-table';
import { createEmptyDatabase } from './support/test-database';

const migrations = readMigrations();
const dropped: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of dropped) await drop();
});

/** Prisma model delegates of today's client, by model name, for reading every table back. */
const MODEL_OF_TABLE = (table: string) => table.charAt(0).toLowerCase() + table.slice(1);

describe('upgrading a filled database', () => {
  it('has a history to upgrade through', () => {
    expect(migrations.length).toBeGreaterThanOrEqual(2);
  });

  it.each(migrations.slice(0, -1).map((m, i) => ({ release: m.name, applied: i + 1 })))(
    'from the release at $release: every row and value survives the rest of the migrations',
    async ({ applied }) => {
      const database = await createEmptyDatabase();
      dropped.push(database.drop);
      let filled: string[] = [];
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await migrate(client, migrations.slice(0, applied));
        filled = await fillEveryTable(client);
        const before = await snapshotEveryTable(client);
        expect(Object.values(before).every((rows) => rows.length === 1)).toBe(true);
        const report = await migrate(client, migrations);
        expect(report.applied).toEqual(migrations.slice(applied).map((m) => m.name));
        const after = await snapshotEveryTable(client);
        for (const table of filled) {
          expect(after[table], table).toHaveLength(1);
          // Every old column keeps its value; new columns may be added beside them.
          expect(after[table]![0], table).toMatchObject(before[table]![0]!);
        }
      } finally {
        await client.end();
      }
      const prisma = createPrismaClient(database.url);
      try {
        for (const [table, rows] of Object.entries(await snapshotOf(database.url))) {
          const delegate = (prisma as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[MODEL_OF_TABLE(table)];
          expect(delegate, `a Prisma model for table ${table}`).toBeDefined();
          // Tables made by the later migrations are empty; the filled ones hold their row.
          expect(await delegate!.findMany(), table).toHaveLength(filled.includes(table) ? 1 : rows.length);
        }
      } finally {
        await prisma.$disconnect();
      }
    },
  );
});

async function snapshotOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await snapshotEveryTable(client);
  } finally {
    await client.end();
  }
}
