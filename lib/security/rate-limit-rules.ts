import { clientAddress } from '@/lib/auth/client-address';
import type { RateLimitRule } from '@/lib/data/accounts';

/** A positive whole number from the environment, or `fallback` when unset or not one. */
function envCount(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * The limits, each fixed-window and counted in PostgreSQL so every app instance shares them
 * (sign-in has its own exponential lock in lib/data/sign-in-throttle.ts):
 * - writes: every server action that writes, per user (RATE_LIMIT_WRITES_PER_MINUTE, 60).
 * - signUp: account creations per client address (RATE_LIMIT_SIGNUPS_PER_HOUR, 10).
 * - api: route-handler requests per user, else per client address (RATE_LIMIT_API_PER_MINUTE, 300).
 * - importRows: rows a user may import, each row counted (RATE_LIMIT_IMPORT_ROWS_PER_HOUR, 2000).
 * - exports: whole-collection downloads per user, else per address (RATE_LIMIT_EXPORTS_PER_MINUTE, 20).
 * Read on each call, so tests and operators can change them without a rebuild.
 */
export function rateLimitRules(env: NodeJS.ProcessEnv = process.env): Record<'writes' | 'signUp' | 'api' | 'importRows' | 'exports', RateLimitRule> {
  return {
    writes: { limit: envCount('RATE_LIMIT_WRITES_PER_MINUTE', 60, env), windowSeconds: 60 },
    signUp: { limit: envCount('RATE_LIMIT_SIGNUPS_PER_HOUR', 10, env), windowSeconds: 60 * 60 },
    api: { limit: envCount('RATE_LIMIT_API_PER_MINUTE', 300, env), windowSeconds: 60 },
    importRows: { limit: envCount('RATE_LIMIT_IMPORT_ROWS_PER_HOUR', 2000, env), windowSeconds: 60 * 60 },
    exports: { limit: envCount('RATE_LIMIT_EXPORTS_PER_MINUTE', 20, env), windowSeconds: 60 },
  };
}

/** Counter keys; the prefix keeps the limits apart in the one RateLimit table. */
export const rateLimitKeys = {
  writes: (userId: string) => `writes:user:${userId}`,
  signUp: (address: string) => `sign-up:address:${address}`,
  api: (who: { userId: string } | { address: string }) =>
    'userId' in who ? `api:user:${who.userId}` : `api:address:${who.address}`,
  importRows: (userId: string) => `import-rows:user:${userId}`,
  exports: (who: { userId: string } | { address: string }) =>
    'userId' in who ? `exports:user:${who.userId}` : `exports:address:${who.address}`,
};

/**
 * The client address to count per-address limits by, or null when there is none to tell
 * clients apart by: no address, or the machine itself (127.0.0.0/8, ::1). Next fills in
 * X-Forwarded-For from the socket, so behind a local reverse proxy that does not forward the
 * client's address every visitor would share one loopback counter, and ten sign-ups an hour
 * would lock out the whole site; such requests keep only the per-user and per-account limits.
 */
export function limitableAddress(headers: Headers): string | null {
  const address = clientAddress(headers);
  if (!address || address.startsWith('127.') || address === '0:0:0:0::/64') return null;
  return address;
}
