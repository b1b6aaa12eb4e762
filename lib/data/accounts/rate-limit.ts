import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { windowSql } from './rate-limit-window';

/** A fixed-window limit: at most `limit` hits per key in each window of `windowSeconds`. */
export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/** What one hit got: allowed or not, the key's count in its window, and when the window ends. */
export interface RateLimitOutcome {
  allowed: boolean;
  /** Hits counted in the current window, this one included (stops growing at limit + 1). */
  count: number;
  /** Whole seconds until the window ends (at least 1), for a Retry-After header. */
  retryAfterSeconds: number;
}

const at = (now: Date) => windowSql(0, now).at;

/**
 * Counts one hit against `key` and says whether it is within `rule`. One INSERT … ON CONFLICT
 * DO UPDATE: PostgreSQL locks the row for the update, so concurrent hits from any number of app
 * instances each count exactly once and exactly `limit` of them are allowed per window. A window
 * starts at the first hit after the previous one ended (fixed window, not aligned to the clock).
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitOutcome> {
  const { at: nowSql, expired, retryAfter } = windowSql(rule.windowSeconds, now);
  const [row] = await getPrisma().$queryRaw<{ count: number; retryAfterSeconds: number }[]>`
    INSERT INTO "RateLimit" AS r ("key", "windowStart", "count")
    VALUES (${key}, ${nowSql}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN ${expired} THEN ${nowSql} ELSE r."windowStart" END,
      "count" = CASE WHEN ${expired} THEN 1 ELSE LEAST(r."count" + 1, ${rule.limit + 1}) END
    RETURNING "count", ${retryAfter} AS "retryAfterSeconds"`;
  if (!row) throw new Error('rate limit upsert returned no row');
  pruneNow(now);
  return { allowed: row.count <= rule.limit, count: row.count, retryAfterSeconds: row.retryAfterSeconds };
}

/** Deletes counters whose window ended at least `olderThanSeconds` ago; returns how many. */
export async function deleteStaleRateLimits(olderThanSeconds: number, now: Date = new Date()): Promise<number> {
  return getPrisma().$executeRaw`
    DELETE FROM "RateLimit" WHERE "windowStart" < ${at(now)} - make_interval(secs => ${olderThanSeconds})`;
}

/** Counters are forgotten a day after their window ended (every limit's window is shorter). */
const STALE_AFTER_SECONDS = 24 * 60 * 60;
/** One hit in this many also prunes, so the table stays small without a scheduled job on any instance. */
const PRUNE_EVERY = 500;

function pruneNow(now: Date): void {
  if (Math.random() * PRUNE_EVERY >= 1) return;
  deleteStaleRateLimits(STALE_AFTER_SECONDS, now).catch((error: unknown) => console.error('rate limit pruning failed', error));
}
