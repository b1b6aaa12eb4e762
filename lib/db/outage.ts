/**
 * Whether this process saw PostgreSQL refuse a connection lately, kept on globalThis so our
 * HTTP server (scripts/next-server.ts) and the app's bundles, which load their own copies of
 * this module, share one state. The pool records it (lib/db/pool.ts); the server turns a page's
 * 500 into 503 + Retry-After while it holds (route handlers answer 503 themselves).
 */
const KEY = Symbol.for('rostrum.databaseOutage');
/** `latest` orders events (a refused connect and a good one can fall in the same millisecond). */
type State = { latest: 'failure' | 'success' | null; lastFailure: number };
const state = (): State => ((globalThis as Record<symbol, State | undefined>)[KEY] ??= { latest: null, lastFailure: 0 });

/** Records a failed attempt to reach PostgreSQL. */
export function recordDatabaseFailure(now = Date.now()): void {
  const current = state();
  current.latest = 'failure';
  current.lastFailure = now;
}

/** Records a working connection. */
export function recordDatabaseSuccess(): void {
  state().latest = 'success';
}

/** True when the latest news of PostgreSQL is a failure, at most `withinMs` old. */
export function isDatabaseOutage(now = Date.now(), withinMs = 10_000): boolean {
  const { latest, lastFailure } = state();
  return latest === 'failure' && now - lastFailure <= withinMs;
}
