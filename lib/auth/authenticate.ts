import 'server-only';
import { findUserForSignIn, type SessionUser } from '@/lib/data/accounts';
import {
  accountAtAddressThrottleKey,
  accountThrottleKey,
  clearSignInFailures,
  getSignInLockSeconds,
  recordSignInFailure,
  signInThrottleKeys,
} from '@/lib/data/accounts';
import { verifyPassword } from './password';

/** How a password sign-in ended. Unknown email and wrong password are deliberately one case. */
export type SignInOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Checks an email (already normalised) and password, throttled in PostgreSQL (so every app
 * instance enforces one limit) per account at this address, per address, and per account from
 * everywhere with a much higher ceiling (THROTTLE_POLICY): failures slow their own source, and
 * a stranger elsewhere cannot lock a user out.
 *
 * - A locked key answers rate_limited before any password is checked.
 * - Unknown email, a password-less (OAuth) account and a wrong password run the same queries
 *   and one argon2 verification each, and answer the same.
 * - An attempt that was already running when concurrent failures locked a key learns nothing
 *   either: it answers rate_limited too, so a burst of parallel guesses gets no more answers
 *   than the same guesses made one after another.
 * - Success forgets the account's failures (at this address and the ceiling); the address keeps
 *   its count (a shared address should not be cleared by the one user who knows their password).
 */
export async function authenticateWithPassword(
  input: { email: string; password: string; address: string | null },
  now: () => Date = () => new Date(),
): Promise<SignInOutcome> {
  const keys = signInThrottleKeys(input.email, input.address);

  const lockedBefore = await getSignInLockSeconds(keys, now());
  if (lockedBefore > 0) return { ok: false, reason: 'rate_limited', retryAfterSeconds: lockedBefore };

  const user = await findUserForSignIn(input.email);
  const matches = await verifyPassword(user?.passwordHash ?? null, input.password);

  const lockedMeanwhile = await getSignInLockSeconds(keys, now());
  if (lockedMeanwhile > 0) return { ok: false, reason: 'rate_limited', retryAfterSeconds: lockedMeanwhile };

  if (!user || !matches) {
    await recordSignInFailure(keys, now());
    return { ok: false, reason: 'invalid_credentials' };
  }
  await clearSignInFailures(accountAtAddressThrottleKey(input.email, input.address));
  await clearSignInFailures(accountThrottleKey(input.email));
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}
