import { join } from 'node:path';

/**
 * The command line (for `spawn(process.execPath, …)`) that serves the built app through
 * scripts/next-server.ts on `port` (and `hostname`), in place of `next start`. It runs with
 * tsx's loader but without the react-server condition the data CLIs use: Next loads React itself.
 */
export function nextServerArgs(): string[] {
  return ['--import', 'tsx', join(process.cwd(), 'scripts', 'next-server.ts')];
}

/** The environment scripts/next-server.ts reads its address from. */
export function nextServerEnv(port: number | string, hostname?: string): Record<string, string> {
  return { PORT: String(port), ...(hostname ? { HOSTNAME: hostname } : {}) };
}
