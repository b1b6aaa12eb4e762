/**
 * PostgreSQL error codes and Node socket errors that mean "the database cannot be reached or is
 * restarting", as opposed to a bad query: class 08 (connection exception), 57P01–57P03
 * (admin shutdown, crash shutdown, cannot connect now), and refused or reset sockets.
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03']);
/** Prisma driver-adapter error kinds with the same meaning. */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|ECONNREFUSED|ECONNRESET|Client has encountered a connection error/i;

/** The error's own code, or the code its driver adapter reported (Prisma wraps pg's errors). */
function codesOf(error: object): string[] {
  const record = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown; kind?: unknown } } } };
  const adapter = record.meta?.driverAdapterError?.cause;
  return [record.code, adapter?.originalCode, adapter?.code, adapter?.kind].filter((code): code is string => typeof code === 'string');
}

/**
 * True when `error` (or any error in its `cause` chain) says PostgreSQL is unreachable or
 * going away, so the request should get a quick 503 to retry rather than a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    if (codesOf(current).some((code) => UNAVAILABLE_CODES.has(code) || UNAVAILABLE_KINDS.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (current instanceof Error && UNAVAILABLE_MESSAGES.test(current.message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Seconds a client should wait before retrying during an outage (Retry-After). */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

/** The answer to a request the database could not serve: 503 with Retry-After. */
export function databaseUnavailableResponse(): Response {
  return Response.json(
    { error: 'The service is temporarily unavailable; try again shortly' },
    { status: 503, headers: { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
  );
}

/**
 * Runs a route handler's work and answers 503 instead of a 500 when the database is
 * unreachable; any other error is rethrown (Next answers 500 and logs it).
 */
export async function answerUnlessDatabaseDown(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const message = error instanceof Error ? error.message.split('\n').filter(Boolean).at(-1) : String(error);
    console.error(`[db] unavailable, answered 503: ${message}`);
    return databaseUnavailableResponse();
  }
}
