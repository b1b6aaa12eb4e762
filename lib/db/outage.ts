/**
 * Whether this process saw PostgreSQL refuse a connection lately, kept on globalThis so our
 * HTTP server (scripts/next-server.ts) and the app's bundles, which load their own copies of
 * this module, share one state. The pool records it (lib/db/pool.ts); the server turns a page's
 * 500 into 503 + Retry-After while it holds (route handlers answer 503 themselves).
 */
const KEY = Symbol.for('rostrum.databaseOutage');
type State = { lastFailure: number; lastSuccess: number };
const state = (): State => ((globalThis as Record<symbol, State | undefined>)[KEY] ??= { lastFailure: 0, lastSuccess: 0 });

/** Records a failed attempt to reach PostgreSQL. */
export function recordDatabaseFailure(now = Date.now()): void {
  state().lastFailure = now;
}

/** Records a working connection. */
export function recordDatabaseSuccess(now = Date.now()): void {
  state().lastSuccess = now;
}

/** True when the latest news of PostgreSQL, within `withinMs`, is a failure. */
export function isDatabaseOutage(now = Date.now(), withinMs = 10_000): boolean {
  const { lastFailure, lastSuccess } = state();
  return lastFailure > lastSuccess && now - lastFailure <= withinMs;
}
