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
import type { ActionResult } from './validated-action';

/**
 * What the sign-in and sign-up forms get back: null before the first attempt, else why the
 * attempt failed, in the reader's language, with what they typed (never the password) so the
 * form can show it again. A successful attempt redirects and returns nothing.
 */
export type AuthFormState = null | (Extract<ActionResult<never>, { ok: false }> & {
  fieldErrors?: Record<string, string>;
  values: { name?: string; email: string };
});

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * Creates an account, signs the new user in and goes to `callbackUrl` (or home). Valid attempts
 * count against the client address's sign-up limit (rateLimitRules().signUp; see limitableAddress) before any
 * password is hashed, so a script cannot mint accounts or burn argon2 time without bound.
 */
export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getI18n();
  const values = { name: field(formData, 'name'), email: field(formData, 'email') };
  const parsed = signUpInputSchema.safeParse({ ...values, password: field(formData, 'password') });
  if (!parsed.success) return invalid(parsed.error, t, values);

  let user: SessionUser;
  try {
    const address = limitableAddress(await headers());
    if (address) {
      const limit = await consumeRateLimit(rateLimitKeys.signUp(address), rateLimitRules().signUp);
      if (!limit.allowed) return { ok: false, code: 'rate_limited', error: t('hardeningSignUpRateLimited', { n: limit.retryAfterSeconds }), values };
    }
    const { password, ...account } = parsed.data;
    user = await createUserWithPassword({ ...account, passwordHash: await hashPassword(password) });
  } catch (error) {
    if (isAppError(error) && error.code === 'conflict') {
      return { ok: false, code: 'conflict', error: t('authEmailTaken'), fieldErrors: { email: t('authEmailTaken') }, values };
    }
    return unexpected(error, t, values);
  }
  await startSession({ userId: user.id, sessionVersion: user.sessionVersion });
  redirect(safeCallbackUrl(formData.get('callbackUrl')));
}

/**
 * Signs in with email and password and goes to `callbackUrl` (or home). Unknown email and wrong
 * password get one message; a throttled account or address is told how long to wait.
 */
export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const { t } = await getI18n();
  const values = { email: field(formData, 'email') };
  const parsed = signInInputSchema.safeParse({ ...values, password: field(formData, 'password') });
  if (!parsed.success) return invalid(parsed.error, t, values);

  let user: SessionUser;
  try {
    const outcome = await authenticateWithPassword({ ...parsed.data, address: clientAddress(await headers()) });
    if (!outcome.ok && outcome.reason === 'rate_limited') {
      const n = outcome.retryAfterSeconds;
      return { ok: false, code: 'rate_limited', error: t('authRateLimited', { n }), values };
    }
    if (!outcome.ok) return { ok: false, code: 'unauthenticated', error: t('authInvalidCredentials'), values };
    user = outcome.user;
  } catch (error) {
    return unexpected(error, t, values);
  }
  await startSession({ userId: user.id, sessionVersion: user.sessionVersion });
  redirect(safeCallbackUrl(formData.get('callbackUrl')));
}

/**
 * Signs out everywhere this session was in use (see endSession) and renders the current page
 * again, signed out. A plain form post, so it works without JavaScript.
 */
export async function signOutAction(): Promise<void> {
  await endSession();
  revalidatePath('/', 'layout');
}

/** The first message per field, translated; issue messages are message keys (validation/auth.ts). */
function invalid(error: z.ZodError, t: Translator, values: { name?: string; email: string }): AuthFormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    if (name in fieldErrors) continue;
    const key = Object.hasOwn(en, issue.message) ? (issue.message as MessageKey) : 'authFormInvalid';
    fieldErrors[name] = t(key, AUTH_LIMITS);
  }
  return { ok: false, code: 'invalid', error: t('authFormInvalid'), fieldErrors, values };
}

function unexpected(error: unknown, t: Translator, values: { name?: string; email: string }): AuthFormState {
  console.error('[auth] sign-in or sign-up failed', error);
  return { ok: false, code: 'error', error: t('authUnexpected'), values };
}
