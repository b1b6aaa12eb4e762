// Puts one row in every table of a database, whatever its schema: values chosen from each
// column's type, foreign keys pointing at the rows made before (tables in dependency order;
// nullable foreign keys left empty). Used by the upgrade test, so a table added by a future
// migration is filled without anyone remembering to.
import type pg from 'pg';

interface Column {
  table: string;
  column: string;
  dataType: string;
  udt: string;
  nullable: boolean;
}
interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function readSchema(client: pg.ClientBase) {
  const columns = (
    await client.query<Column>(`
      SELECT table_name AS "table", column_name AS "column", data_type AS "dataType", udt_name AS "udt", is_nullable = 'YES' AS nullable
        FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
       ORDER BY table_name, ordinal_position`)
  ).rows;
  const foreignKeys = (
    await client.query<ForeignKey>(`
      SELECT c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "refTable",
             ARRAY(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY i)::text[] AS columns,
             ARRAY(SELECT attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY i)::text[] AS "refColumns"
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`)
  ).rows.map((fk) => ({ ...fk, table: fk.table.replace(/"/g, ''), refTable: fk.refTable.replace(/"/g, '') }));
  const enums = new Map<string, string>();
  for (const row of (await client.query<{ type: string; label: string }>(`SELECT t.typname AS type, e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY e.enumsortorder DESC`)).rows) {
    enums.set(row.type, row.label); // the first label wins (ordered last to first)
  }
  return { columns, foreignKeys, enums };
}

/** A value of the column's type (as text PostgreSQL casts), distinct per table and column. */
function sampleValue(column: Column, enums: Map<string, string>): unknown {
  if (enums.has(column.udt)) return enums.get(column.udt);
  switch (column.udt) {
    case 'int2':
    case 'int4':
    case 'int8':
      return 1;
    case 'float4':
    case 'float8':
    case 'numeric':
      return 0.5;
    case 'bool':
      return true;
    case 'timestamp':
    case 'timestamptz':
      return '2026-11-30T08:00:00.000Z';
    case 'date':
      return '2026-11-30';
    case 'jsonb':
    case 'json':
      return JSON.stringify({ kept: `${column.table}.${column.column}` });
    case '_text':
      return [`${column.table}.${column.column}`];
    default:
      return `${column.table}.${column.column} 文本`;
  }
}

/** Fills every table with one row; returns the tables in the order they were filled. */
export async function fillEveryTable(client: pg.ClientBase): Promise<string[]> {
  const { columns, foreignKeys, enums } = await readSchema(client);
  const tables = [...new Set(columns.map((c) => c.table))];
  const byTable = (table: string) => columns.filter((c) => c.table === table);
  const nullableColumn = (table: string, name: string) => byTable(table).find((c) => c.column === name)!.nullable;
  // A foreign key binds when any of its columns is required; nullable ones are left empty.
  const required = foreignKeys.filter((fk) => fk.table !== fk.refTable && fk.columns.some((name) => !nullableColumn(fk.table, name)));
  const inserted = new Map<string, Record<string, unknown>>();
  const order: string[] = [];
  while (order.length < tables.length) {
    const ready = tables.find((t) => !inserted.has(t) && required.filter((fk) => fk.table === t).every((fk) => inserted.has(fk.refTable)));
    if (!ready) throw new Error(`cannot order tables by their foreign keys: ${tables.filter((t) => !inserted.has(t)).join(', ')}`);
    const row: Record<string, unknown> = {};
    for (const column of byTable(ready)) {
      const fk = foreignKeys.find((f) => f.table === ready && f.columns.includes(column.column));
      if (fk && fk.table !== fk.refTable && inserted.has(fk.refTable) && !column.nullable) {
        row[column.column] = inserted.get(fk.refTable)![fk.refColumns[fk.columns.indexOf(column.column)]!];
      } else if (fk) {
        row[column.column] = null;
      } else {
        row[column.column] = sampleValue(column, enums);
      }
    }
    const names = Object.keys(row);
    await client.query(
      `INSERT INTO ${quote(ready)} (${names.map(quote).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
      names.map((name) => row[name]),
    );
    inserted.set(ready, row);
    order.push(ready);
  }
  return order;
}

/** Every row of every table as JSON, by table (for comparing before and after an upgrade). */
export async function snapshotEveryTable(client: pg.ClientBase): Promise<Record<string, Record<string, unknown>[]>> {
  const tables = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`)).rows;
  const snapshot: Record<string, Record<string, unknown>[]> = {};
  for (const { name } of tables) {
    snapshot[name] = (await client.query<{ row: Record<string, unknown> }>(`SELECT row_to_json(t) AS row FROM ${quote(name)} t ORDER BY row_to_json(t)::text`)).rows.map((r) => r.row);
  }
  return snapshot;
}
