import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db/client';

/**
 * The sign-in throttling policy. After LOCK_AFTER_FAILURES consecutive failures a key is locked
 * for 2^(n − LOCK_AFTER_FAILURES) seconds at the n-th failure (1 s, 2 s, 4 s, …), never longer
 * than MAX_LOCK_SECONDS, so no lock is permanent. Failures older than FORGET_AFTER_SECONDS are
 * forgotten, so a shared address does not pile up strangers' typos for ever.
 */
export const THROTTLE_POLICY = {
  LOCK_AFTER_FAILURES: 5,
  MAX_LOCK_SECONDS: 15 * 60,
  FORGET_AFTER_SECONDS: 24 * 60 * 60,
} as const;

/** The throttle key of an account (normalised email). */
export const accountThrottleKey = (email: string) => `account:${email}`;
/** The throttle key of a client address. */
export const addressThrottleKey = (address: string) => `address:${address}`;

/** A key's state after a failure was recorded. */
export interface ThrottleState {
  key: string;
  failures: number;
  /** Seconds until the key unlocks; 0 when it is not locked. */
  lockedForSeconds: number;
}

// Timestamps are PostgreSQL `timestamp(3)` holding UTC, as Prisma stores them; `now` comes in
// as an ISO string so the caller's clock (tests inject one) is the only clock involved.
const at = (now: Date) => Prisma.sql`${now.toISOString()}::timestamp(3)`;

/**
 * Seconds until the most distant lock among `keys` ends, or 0 when none is locked. Rounded up,
 * so a caller told "wait N seconds" never comes back too early.
 */
export async function getSignInLockSeconds(keys: string[], now: Date = new Date()): Promise<number> {
  if (keys.length === 0) return 0;
  const [row] = await getPrisma().$queryRaw<{ seconds: number | null }[]>`
    SELECT CEIL(EXTRACT(EPOCH FROM MAX("lockedUntil") - ${at(now)}))::int AS seconds
      FROM "SignInThrottle"
     WHERE "key" = ANY(${keys}::text[]) AND "lockedUntil" > ${at(now)}`;
  return row?.seconds ?? 0;
}

/**
 * Counts one failed sign-in against each key and locks keys that reached the limit. One
 * INSERT … ON CONFLICT DO UPDATE per call, so concurrent failures each count exactly once.
 */
export async function recordSignInFailure(keys: string[], now: Date = new Date()): Promise<ThrottleState[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const { LOCK_AFTER_FAILURES, MAX_LOCK_SECONDS, FORGET_AFTER_SECONDS } = THROTTLE_POLICY;
  // The failure count after this one; every SET expression sees the row as it was before.
  const next = Prisma.sql`(CASE WHEN t."updatedAt" < ${at(now)} - make_interval(secs => ${FORGET_AFTER_SECONDS})
                              THEN 1 ELSE t."failures" + 1 END)`;
  // 2^(n-5) seconds; the exponent is capped first so power() cannot overflow.
  const lockSeconds = Prisma.sql`LEAST(power(2, LEAST(${next} - ${LOCK_AFTER_FAILURES}, 30)), ${MAX_LOCK_SECONDS})`;
  return getPrisma().$queryRaw<ThrottleState[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "lockedUntil", "updatedAt")
    SELECT k, 1, NULL, ${at(now)} FROM unnest(${unique}::text[]) AS k
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${next},
      "lockedUntil" = CASE WHEN ${next} >= ${LOCK_AFTER_FAILURES}
                           THEN ${at(now)} + make_interval(secs => ${lockSeconds}) END,
      "updatedAt" = ${at(now)}
    RETURNING "key", "failures",
      COALESCE(CEIL(EXTRACT(EPOCH FROM "lockedUntil" - ${at(now)})), 0)::int AS "lockedForSeconds"`;
}

/** Forgets a key's failures, e.g. an account's after a successful sign-in. */
export async function clearSignInFailures(key: string): Promise<void> {
  await getPrisma().$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${key}`;
}
