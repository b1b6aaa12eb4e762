import 'server-only';
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the generated secret lives when NEXTAUTH_SECRET is not set (`.data/` is gitignored). */
export const GENERATED_SECRET_PATH = join(process.cwd(), '.data', 'auth-secret');

/**
 * The key that encrypts session tokens: NEXTAUTH_SECRET (or AUTH_SECRET), otherwise one
 * generated on first use and kept in `.data/auth-secret`, so sessions survive restarts without
 * configuration. Every instance serving one site must share the key, so a deployment with more
 * than one instance (or without a shared `.data/`) must set NEXTAUTH_SECRET.
 */
export function resolveAuthSecret(path = GENERATED_SECRET_PATH): string {
  const configured = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (configured) return configured;
  return readOrCreateSecret(path);
}

function readOrCreateSecret(path: string): string {
  const existing = readSecret(path);
  if (existing) return existing;
  mkdirSync(join(path, '..'), { recursive: true });
  // Write a private file, then link it into place: linking fails if another process won the
  // race, and nobody ever reads a half-written secret. Both then use the winner's secret.
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, path);
    console.warn(`[auth] NEXTAUTH_SECRET is not set; generated one in ${path}. Set NEXTAUTH_SECRET when running more than one instance.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  const created = readSecret(path);
  if (!created) throw new Error(`${path} is empty; delete it or set NEXTAUTH_SECRET`);
  return created;
}

function readSecret(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
