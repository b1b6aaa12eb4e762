import pg from 'pg';
import { recordDatabaseFailure, recordDatabaseSuccess } from './outage';

/**
 * Creates a pg pool that survives PostgreSQL restarts: without an 'error' listener an idle
 * client's connection error is thrown as an unhandled event and kills the process.
 */
export function createPool(connectionString: string, max = Number(process.env.DATABASE_POOL_MAX ?? 10)): pg.Pool {
  // A bounded connect: while PostgreSQL restarts, requests fail within seconds (503) instead of hanging.
  const connectionTimeoutMillis = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 3000);
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis });
  pool.on('error', (error) => {
    recordDatabaseFailure();
    console.error(`[db] idle connection error (the pool will reconnect): ${error.message}`);
  });
  trackConnects(pool);
  // A connection can also be cut while it is being closed or between queries (a restart, a
  // terminated backend); without a listener on the client itself that error is unhandled too.
  pool.on('connect', (client) => {
    client.on('error', (error) => console.error(`[db] connection error: ${error.message}`));
  });
  return pool;
}

/** The configured database URL, or a clear error naming the variable to set. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set: run the app with `npm start` (it starts an embedded database) or set DATABASE_URL');
  }
  return url;
}

/** Records each connect's outcome (lib/db/outage.ts), in both of pg's calling styles. */
function trackConnects(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => Promise<pg.PoolClient> | void;
  const note = (error: unknown) => (error ? recordDatabaseFailure() : recordDatabaseSuccess());
  (pool as { connect: unknown }).connect = (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => {
    if (callback) return connect((error, client, done) => (note(error), callback(error, client, done)));
    return (connect() as Promise<pg.PoolClient>).then(
      (client) => (note(undefined), client),
      (error: unknown) => {
        note(error ?? new Error('connect failed'));
        throw error;
      },
    );
  };
}
