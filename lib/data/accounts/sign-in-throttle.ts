import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db/client';

/**
 * The sign-in throttling policy. A key is locked at its n-th consecutive failure once n reaches
 * its kind's threshold, for 2^(n − threshold) seconds (1 s, 2 s, 4 s, …), never longer than
 * MAX_LOCK_SECONDS, so no lock is permanent. Failures older than FORGET_AFTER_SECONDS are
 * forgotten. The kinds, so that failures slow their own source and nobody else:
 * - one account from one address (5): guessing one password from one place;
 * - one address over every account (50): one place spraying many accounts; high enough that a
 *   school behind one address does not lock itself out with typos;
 * - one account from everywhere (200): the ceiling against guessing spread over many
 *   addresses. One address alone cannot reach it: its own keys lock long before.
 */
export const THROTTLE_POLICY = {
  LOCK_AFTER_FAILURES: 5,
  ADDRESS_LOCK_AFTER_FAILURES: 50,
  ACCOUNT_CEILING_FAILURES: 200,
  MAX_LOCK_SECONDS: 15 * 60,
  FORGET_AFTER_SECONDS: 24 * 60 * 60,
} as const;

/** The throttle key of an account from everywhere (normalised email): the ceiling. */
export const accountThrottleKey = (email: string) => `account:${email}`;
/** The throttle key of one account tried from one address (null: address unknown). */
export const accountAtAddressThrottleKey = (email: string, address: string | null) => `account-address:${email}|${address ?? 'unknown'}`;
/** The throttle key of a client address. */
export const addressThrottleKey = (address: string) => `address:${address}`;

/** Every key one sign-in attempt is counted and checked against. */
export function signInThrottleKeys(email: string, address: string | null): string[] {
  const keys = [accountAtAddressThrottleKey(email, address), accountThrottleKey(email)];
  return address ? [...keys, addressThrottleKey(address)] : keys;
}

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
  const { LOCK_AFTER_FAILURES, ADDRESS_LOCK_AFTER_FAILURES, ACCOUNT_CEILING_FAILURES, MAX_LOCK_SECONDS, FORGET_AFTER_SECONDS } = THROTTLE_POLICY;
  // The failure count after this one; every SET expression sees the row as it was before.
  const next = Prisma.sql`(CASE WHEN t."updatedAt" < ${at(now)} - make_interval(secs => ${FORGET_AFTER_SECONDS})
                              THEN 1 ELSE t."failures" + 1 END)`;
  // The threshold of the key's kind (every threshold is above 1: a first failure never locks).
  const limit = Prisma.sql`(CASE WHEN t."key" LIKE 'account:%' THEN ${ACCOUNT_CEILING_FAILURES}::int
                              WHEN t."key" LIKE 'address:%' THEN ${ADDRESS_LOCK_AFTER_FAILURES}::int
                              ELSE ${LOCK_AFTER_FAILURES}::int END)`;
  // 2^(n-limit) seconds; the exponent is capped first so power() cannot overflow.
  const lockSeconds = Prisma.sql`LEAST(power(2, LEAST(${next} - ${limit}, 30)), ${MAX_LOCK_SECONDS})`;
  return getPrisma().$queryRaw<ThrottleState[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "lockedUntil", "updatedAt")
    SELECT k, 1, NULL, ${at(now)} FROM unnest(${unique}::text[]) AS k
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${next},
      "lockedUntil" = CASE WHEN ${next} >= ${limit}
                           THEN ${at(now)} + make_interval(secs => ${lockSeconds}) END,
      "updatedAt" = ${at(now)}
    RETURNING "key", "failures",
      COALESCE(CEIL(EXTRACT(EPOCH FROM "lockedUntil" - ${at(now)})), 0)::int AS "lockedForSeconds"`;
}

/** Forgets a key's failures, e.g. an account's after a successful sign-in. */
export async function clearSignInFailures(key: string): Promise<void> {
  await getPrisma().$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${key}`;
}
