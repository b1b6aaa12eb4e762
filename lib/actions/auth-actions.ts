'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { authenticateWithPassword } from '@/lib/auth/authenticate';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { clientAddress } from '@/lib/auth/client-address';
import { hashPassword } from '@/lib/auth/password';
import { endSession, startSession } from '@/lib/auth/session-cookie';
import { consumeRateLimit, createUserWithPassword, type SessionUser } from '@/lib/data/accounts';
import { isAppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/dictionary';
import { getI18n } from '@/lib/i18n/get-i18n';
import { en } from '@/lib/i18n/messages-en';
import type { Translator } from '@/lib/i18n/translate';
import { limitableAddress, rateLimitKeys, rateLimitRules } from '@/lib/security/rate-limit-rules';
import { AUTH_LIMITS, signInInputSchema, signUpInputSchema } from '@/lib/validation/auth';
import { formAction, type FormFields } from './form-action';
import type { ActionFailure } from './validated-action';

/** An account write's outcome; failures are already in the reader's language. */
type AccountResult = { ok: true; data: SessionUser } | (ActionFailure & { fieldErrors?: Record<string, string> });

/** Signs the account in and goes to the form's `callbackUrl` (or home). */
async function enter(user: SessionUser, fields: FormFields): Promise<never> {
  await startSession({ userId: user.id, sessionVersion: user.sessionVersion });
  redirect(safeCallbackUrl(fields.callbackUrl));
}

/** Sign-up, after the form: valid input, then the address's limit, then the new account. */
async function signUp(input: z.input<typeof signUpInputSchema>): Promise<AccountResult> {
  const { t } = await getI18n();
  const parsed = signUpInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t);
  try {
    const address = limitableAddress(await headers());
    if (address) {
      const limit = await consumeRateLimit(rateLimitKeys.signUp(address), rateLimitRules().signUp);
      if (!limit.allowed) return { ok: false, code: 'rate_limited', error: t('hardeningSignUpRateLimited', { n: limit.retryAfterSeconds }) };
    }
    const { password, ...account } = parsed.data;
    return { ok: true, data: await createUserWithPassword({ ...account, passwordHash: await hashPassword(password) }) };
  } catch (error) {
    if (isAppError(error) && error.code === 'conflict') {
      return { ok: false, code: 'conflict', error: t('authEmailTaken'), fieldErrors: { email: t('authEmailTaken') } };
    }
    return unexpected(error, t);
  }
}

/** Sign-in, after the form: valid input, then the password check (which counts attempts). */
async function signIn(input: z.input<typeof signInInputSchema>): Promise<AccountResult> {
  const { t } = await getI18n();
  const parsed = signInInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, t);
  try {
    const outcome = await authenticateWithPassword({ ...parsed.data, address: clientAddress(await headers()) });
    if (!outcome.ok && outcome.reason === 'rate_limited') return { ok: false, code: 'rate_limited', error: t('authRateLimited', { n: outcome.retryAfterSeconds }) };
    if (!outcome.ok) return { ok: false, code: 'unauthenticated', error: t('authInvalidCredentials') };
    return { ok: true, data: outcome.user };
  } catch (error) {
    return unexpected(error, t);
  }
}

/**
 * Creates an account, signs the new user in and goes to `callbackUrl` (or home). Valid attempts
 * count against the client address's sign-up limit (rateLimitRules().signUp; see limitableAddress) before any
 * password is hashed, so a script cannot mint accounts or burn argon2 time without bound.
 * A failure comes back in the reader's language with the name and email (never the password).
 */
export const signUpAction = formAction({
  input: (f) => ({ name: f.name ?? '', email: f.email ?? '', password: f.password ?? '' }),
  run: signUp,
  keep: (f) => ({ name: f.name ?? '', email: f.email ?? '' }),
  success: enter,
});

/**
 * Signs in with email and password and goes to `callbackUrl` (or home). Unknown email and wrong
 * password get one message; a throttled account or address is told how long to wait.
 */
export const signInAction = formAction({
  input: (f) => ({ email: f.email ?? '', password: f.password ?? '' }),
  run: signIn,
  keep: (f) => ({ email: f.email ?? '' }),
  success: enter,
});

/**
 * Signs out everywhere this session was in use (see endSession) and renders the current page
 * again, signed out. A plain form post, so it works without JavaScript.
 */
export async function signOutAction(): Promise<void> {
  await endSession();
  revalidatePath('/', 'layout');
}

/** The first message per field, translated; issue messages are message keys (validation/auth.ts). */
function invalid(error: z.ZodError, t: Translator): AccountResult {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    if (name in fieldErrors) continue;
    const key = Object.hasOwn(en, issue.message) ? (issue.message as MessageKey) : 'authFormInvalid';
    fieldErrors[name] = t(key, AUTH_LIMITS);
  }
  return { ok: false, code: 'invalid', error: t('authFormInvalid'), fieldErrors };
}

function unexpected(error: unknown, t: Translator): AccountResult {
  console.error('[auth] sign-in or sign-up failed', error);
  return { ok: false, code: 'error', error: t('authUnexpected') };
}
