import { Prisma } from '@/generated/prisma/client';

/**
 * The SQL pieces of one fixed window of `windowSeconds` at `now`, shared by consumeRateLimit and
 * consumeRateLimitBudget (the `RateLimit` row is aliased `r`). Not exported from the folder.
 * Timestamps are PostgreSQL `timestamp(3)` holding UTC, as Prisma stores them; `now` arrives as
 * an ISO string so the caller's clock (tests inject one) is the only clock involved.
 */
export function windowSql(windowSeconds: number, now: Date) {
  const at = Prisma.sql`${now.toISOString()}::timestamp(3)`;
  const window = Prisma.sql`make_interval(secs => ${windowSeconds})`;
  return {
    at,
    /** True when the row's window has ended. */
    expired: Prisma.sql`r."windowStart" <= ${at} - ${window}`,
    /** Whole seconds until the row's window ends, 1 to windowSeconds (Retry-After). */
    retryAfter: Prisma.sql`GREATEST(1, LEAST(${windowSeconds}, CEIL(EXTRACT(EPOCH FROM "windowStart" + ${window} - ${at}))))::int`,
  };
}
