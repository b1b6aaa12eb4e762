/**
 * The harness of `npm run bench` and `npm run test:load`: a fresh PostgreSQL database
 * (migrated, seeded), a production build (`next build` into NEXT_DIST_DIR when the sources
 * changed), `next start` on a free port, and readers signed in through next-auth's credentials
 * endpoint, as a browser would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { createCliAccount } from '@/lib/data/accounts';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { buildIsCurrent, recordBuild } from './build-stamp';
import { nextServerArgs, nextServerEnv } from './next-server-command';
import { seedCorpus } from './seed';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const nextBin = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

/** The URL of database `name` on the admin URL's server. */
export function databaseUrlOf(name: string, admin = ADMIN_URL): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>, adminUrl = ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface FreshDatabase {
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

/** Creates database `<prefix>_<random>`, migrates it and imports the sample corpus. */
export async function createSeededDatabase(prefix: string, adminUrl = ADMIN_URL, log: (line: string) => void = () => undefined): Promise<FreshDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`), adminUrl);
  const url = databaseUrlOf(name, adminUrl);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(client);
  } finally {
    await client.end();
  }
  const prisma = createPrismaClient(url);
  await seedCorpus(prisma, log);
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), adminUrl);
    },
  };
}

/** Runs `next build` into NEXT_DIST_DIR unless the stamp says the build is current. */
export function buildIfNeeded(log: (line: string) => void = console.log): void {
  if (buildIsCurrent()) return log('build: up to date');
  // For iterating on the harness itself while others change the sources: keep an existing build.
  if (process.env.REUSE_BUILD === '1' && existsSync(join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) return log('build: reusing the existing one (REUSE_BUILD=1)');
  log(`build: running next build into ${process.env.NEXT_DIST_DIR || '.next'}`);
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: ['ignore', 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
  recordBuild();
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  origin: string;
  process: ChildProcess;
  /** True while the `next start` process runs. */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts the app (scripts/next-server.ts, as `npm start` serves it) on a free port against `databaseUrl`; resolves once GET /api/health
 * answers. `env` adds to the server's environment (rate limits, pool size).
 */
export async function startAppServer(databaseUrl: string, env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, nextServerArgs(), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...nextServerEnv(port, '127.0.0.1'), NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXTAUTH_URL: origin, NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), ...env },
  });
  let exited = false;
  const log: string[] = [];
  // APP_SERVER_LOG=<file>: the server's whole output, for finding the cause of a 500.
  const file = process.env.APP_SERVER_LOG ? createWriteStream(process.env.APP_SERVER_LOG, { flags: 'a' }) : null;
  const keep = (chunk: Buffer) => {
    file?.write(chunk);
    if (log.push(chunk.toString()) > 200) log.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 600 && !exited; i++) {
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) {
      return {
        origin,
        process: child,
        alive: () => !exited,
        stop: () =>
          new Promise((resolve) => {
            if (exited) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`next start did not come up on ${origin}:\n${log.join('').slice(-4000)}`);
}

export interface Reader {
  id: string;
  email: string;
  /** The Cookie header of the signed-in session. */
  cookie: string;
}

/** `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(';')[0]!);
}

/**
 * Creates a reader with a password directly in the database and signs them in through
 * next-auth (GET /api/auth/csrf, POST /api/auth/callback/credentials), returning the session cookie.
 */
export async function createSignedInReader(prisma: PrismaClient, origin: string, name: string): Promise<Reader> {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@example.test`;
  const password = randomBytes(12).toString('base64url');
  const user = await createCliAccount(prisma, { name, email, passwordHash: await hashPassword(password) });
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: origin });
  const signIn = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; ') },
    body: form,
  });
  const session = cookiesOf(signIn).find((cookie) => cookie.startsWith('rostrum.session-token='));
  if (!session) throw new Error(`sign-in of ${email} failed: ${signIn.status}`);
  return { id: user.id, email, cookie: session };
}
