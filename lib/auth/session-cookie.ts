import 'server-only';
import { cookies, headers } from 'next/headers';
import { getServerSession } from 'next-auth';
import { encode } from 'next-auth/jwt';
import { endUserSessions } from '@/lib/data/accounts';
import { configuredForHttps, getAuthOptions, SESSION_COOKIE_NAME, SESSION_MAX_AGE_SECONDS } from './auth-options';
import { readSessionClaims, toTokenPayload, type SessionClaims } from './session-claims';

/**
 * Signs the reader in from a server action: encrypts a session token exactly as next-auth's
 * own sign-in would (same secret, same JWE) and sets it as the session cookie, which
 * getServerSession() then reads. Server actions are the one place the password forms sign in,
 * so they work without JavaScript and are covered by Next's Origin check against CSRF.
 */
export async function startSession(claims: SessionClaims): Promise<void> {
  const token = await encode({ token: toTokenPayload(claims), secret: getAuthOptions().secret!, maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(SESSION_COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: await isHttpsRequest(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** Removes the session cookie (the caller also ends the session in the database). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE_NAME, path: '/' });
}

/** HTTPS per NEXTAUTH_URL, or per the proxy's X-Forwarded-Proto when NEXTAUTH_URL is unset. */
async function isHttpsRequest(): Promise<boolean> {
  if (configuredForHttps()) return true;
  const proto = (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim();
  return proto === 'https';
}

/**
 * Signs the reader out for real: moves their session version on in the database, so this
 * cookie (and any copy of it) stops working, then removes the cookie. A stale or forged
 * cookie changes nothing in the database.
 */
export async function endSession(): Promise<void> {
  const claims = readSessionClaims(await getServerSession(getAuthOptions()));
  if (claims) await endUserSessions(claims.userId, claims.sessionVersion);
  await clearSessionCookie();
}
