import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Prisma's own schema parser (WASM), so the expectation comes from schema.prisma itself.
const { get_dmmf } = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };

interface DmmfField {
  name: string;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isRequired: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal';
  fields: { name: string }[];
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Decimal: 'numeric(65,30)',
  Bytes: 'bytea',
};
const NATIVE_TYPES: Record<string, string> = { Date: 'date', Timestamptz: 'timestamp(3) with time zone', Uuid: 'uuid', Citext: 'citext' };

/** What schema.prisma says the database holds, as comparable lines (Prisma's naming conventions). */
export function expectedSchema(schemaPath = 'prisma/schema.prisma'): string[] {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', readFileSync(schemaPath, 'utf8')]] })));
  const models = dmmf.datamodel.models as DmmfModel[];
  const lines: string[] = [];
  for (const model of models) {
    lines.push(`table ${model.name}`);
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (field.relationFromFields?.length) {
          const onDelete = (field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')).replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
          lines.push(`fk ${model.name}_${field.relationFromFields.join('_')}_fkey on delete ${onDelete}`);
        }
        continue;
      }
      const type = field.kind === 'enum' ? field.type : field.nativeType ? NATIVE_TYPES[field.nativeType[0]] : SCALAR_TYPES[field.type];
      lines.push(`column ${model.name}.${field.name} ${type ?? `unknown:${field.type}`} ${field.isRequired ? 'not null' : 'null'}`);
    }
  }
  for (const index of dmmf.datamodel.indexes as DmmfIndex[]) {
    const columns = index.fields.map((f) => f.name);
    const suffix = { id: 'pkey', unique: 'key', normal: 'idx' }[index.type];
    const name = index.type === 'id' ? `${index.model}_pkey` : `${index.model}_${columns.join('_')}_${suffix}`;
    lines.push(`index ${name} ${index.type === 'normal' ? '' : 'unique '}(${columns.join(', ')})`);
  }
  return lines.sort();
}

/** SQL that describes the migrated database in the same lines as expectedSchema(). */
export const ACTUAL_SCHEMA_SQL = `
SELECT 'table ' || table_name AS line FROM information_schema.tables
 WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
UNION ALL
SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' ||
       CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name ELSE format_type(a.atttypid, a.atttypmod) END ||
       CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE ' null' END
  FROM information_schema.columns c
  JOIN pg_attribute a ON a.attrelid = format('public.%I', c.table_name)::regclass AND a.attname = c.column_name
 WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'
UNION ALL
SELECT 'index ' || ic.relname || ' ' || CASE WHEN ix.indisunique THEN 'unique ' ELSE '' END || '(' ||
       (SELECT string_agg(att.attname, ', ' ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute att ON att.attrelid = ix.indrelid AND att.attnum = k.attnum) || ')'
  FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
UNION ALL
SELECT 'fk ' || con.conname || ' on delete ' ||
       CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' WHEN 'd' THEN 'SET DEFAULT' END
  FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
 WHERE con.contype = 'f' AND n.nspname = 'public'
ORDER BY 1`;
