/**
 * `npm start`: the one command that runs Rostrum. Uses DATABASE_URL when set, otherwise starts
 * an embedded PostgreSQL (PGlite) with its data under .data/; then migrates, seeds, builds if
 * the sources changed since the last build, and serves on PORT (default 3000).
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { describeDatabaseUrl } from '@/lib/db/describe-url';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { createPrismaClient } from '@/lib/db/client';
import { buildIsCurrent, recordBuild } from './lib/build-stamp';
import { fail } from './lib/cli';
import { nextServerArgs, nextServerEnv } from './lib/next-server-command';
import { seedCorpus } from './lib/seed';

const port = process.env.PORT ?? '3000';
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// Run Next's own entry with this Node, so signals reach the server itself and not an npx wrapper.
const nextBin = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

async function openDatabase(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (process.env.DATABASE_URL) {
    console.log(`[rostrum] database: PostgreSQL at ${describeDatabaseUrl(process.env.DATABASE_URL)} (from DATABASE_URL)`);
    return { url: process.env.DATABASE_URL };
  }
  const dataDir = join(process.cwd(), '.data', 'pglite');
  const embedded = await startEmbeddedDatabase({ dataDir, port: Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329) });
  console.log(`[rostrum] database: embedded PostgreSQL (PGlite), data in ${dataDir}, served at ${describeDatabaseUrl(embedded.url)}; set DATABASE_URL to use a server`);
  // PGlite runs one query at a time; one pooled connection keeps each transaction's queries together.
  env.DATABASE_POOL_MAX = '1';
  return { url: embedded.url, embedded };
}

async function prepare(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const report = await migrate(client);
    console.log(`[rostrum] migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`);
  } finally {
    await client.end();
  }
  if (process.env.ROSTRUM_SEED === '0') return;
  const prisma = createPrismaClient(url);
  try {
    await seedCorpus(prisma, (line) => console.log(`[rostrum] seed: ${line}`));
  } finally {
    await prisma.$disconnect();
  }
}

function buildIfNeeded(): void {
  if (buildIsCurrent()) return console.log('[rostrum] build: up to date');
  console.log('[rostrum] build: sources changed, running next build');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) fail('[rostrum] next build failed');
  recordBuild();
}

async function main(): Promise<void> {
  const { url, embedded } = await openDatabase();
  env.DATABASE_URL = url;
  await prepare(url);
  buildIfNeeded();
  // Our own server in front of Next (scripts/next-server.ts): it passes the TCP peer on and refuses undecodable targets.
  const server = spawn(process.execPath, nextServerArgs(), { stdio: 'inherit', env: { ...env, ...nextServerEnv(port) } });
  console.log(`[rostrum] serving on http://localhost:${port}`);
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: Error) => fail(`[rostrum] ${error.message}`));
