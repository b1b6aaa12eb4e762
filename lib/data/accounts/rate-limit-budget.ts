import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { RateLimitOutcome, RateLimitRule } from './rate-limit';
import { windowSql } from './rate-limit-window';


/**
 * Takes `cost` units from `key`'s budget in `rule`'s fixed window, all or none: a bulk write
 * (an import of N rows) counts N, and one that does not fit takes nothing, so a refused
 * import does not also use up the rest of the window. Shares the RateLimit table and window
 * semantics with consumeRateLimit; one statement, so concurrent takers from any instance never
 * overdraw the budget.
 */
export async function consumeRateLimitBudget(key: string, rule: RateLimitRule, cost: number, now: Date = new Date()): Promise<RateLimitOutcome> {
  if (!Number.isInteger(cost) || cost < 1) throw new Error(`rate limit cost must be a positive whole number, got ${cost}`);
  if (cost > rule.limit) return { allowed: false, count: cost, retryAfterSeconds: rule.windowSeconds };
  const { at, expired, retryAfter } = windowSql(rule.windowSeconds, now);
  const [taken] = await getPrisma().$queryRaw<{ count: number; retryAfterSeconds: number }[]>`
    INSERT INTO "RateLimit" AS r ("key", "windowStart", "count")
    VALUES (${key}, ${at}, ${cost})
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN ${expired} THEN ${at} ELSE r."windowStart" END,
      "count" = CASE WHEN ${expired} THEN ${cost} ELSE r."count" + ${cost} END
    WHERE ${expired} OR r."count" + ${cost} <= ${rule.limit}
    RETURNING "count", ${retryAfter} AS "retryAfterSeconds"`;
  if (taken) return { allowed: true, count: taken.count, retryAfterSeconds: taken.retryAfterSeconds };
  const [current] = await getPrisma().$queryRaw<{ count: number; retryAfterSeconds: number }[]>`
    SELECT "count", ${retryAfter} AS "retryAfterSeconds" FROM "RateLimit" WHERE "key" = ${key}`;
  return { allowed: false, count: (current?.count ?? 0) + cost, retryAfterSeconds: current?.retryAfterSeconds ?? rule.windowSeconds };
}
