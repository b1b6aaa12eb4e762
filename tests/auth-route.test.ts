// next-auth's own endpoints (hardening round two): its redirects follow the address that serves
// the app when NEXTAUTH_URL is unset (not http://localhost:3000), and a callbackUrl that is not
// a path on this site is a 400 before next-auth runs (next-auth itself answers it with a 500).
import { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { refuseUnsafeAuthCallback } from '@/lib/auth/callback-url';

const saved = { url: process.env.NEXTAUTH_URL, trust: process.env.AUTH_TRUST_HOST, secret: process.env.NEXTAUTH_SECRET };

beforeEach(() => {
  delete process.env.NEXTAUTH_URL;
  delete process.env.AUTH_TRUST_HOST;
  process.env.NEXTAUTH_SECRET = 'a test secret of enough length for next-auth';
});
afterEach(() => {
  for (const [key, value] of [['NEXTAUTH_URL', saved.url], ['AUTH_TRUST_HOST', saved.trust], ['NEXTAUTH_SECRET', saved.secret]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/**
 * next-auth's sign-in endpoint with the headers Next passes on, through next-auth's
 * request/response entry (its App Router entry needs a live Next request scope).
 */
async function signInRedirect(host: string): Promise<string | undefined> {
  const headers: Record<string, string> = {};
  const res = {
    status: () => res,
    setHeader: (key: string, value: string) => ((headers[key.toLowerCase()] = value), res),
    getHeader: (key: string) => headers[key.toLowerCase()],
    end: () => undefined,
    send: () => undefined,
    json: () => undefined,
  };
  const req = { method: 'GET', query: { nextauth: ['signin'] }, cookies: {}, headers: { host, 'x-forwarded-host': host, 'x-forwarded-proto': 'http' } };
  const handle = NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>;
  await handle(req, res, getAuthOptions());
  return headers.location;
}

describe('next-auth origin', () => {
  const returnTo = async (host: string) => new URL(`http://x${await signInRedirect(host)}`).searchParams.get('callbackUrl');

  it('sends the reader back to the address that serves the app when NEXTAUTH_URL is unset', async () => {
    expect(await returnTo('127.0.0.1:4567')).toBe('http://127.0.0.1:4567');
  });

  it('keeps NEXTAUTH_URL when it is set', async () => {
    process.env.NEXTAUTH_URL = 'https://rostrum.example';
    expect(await returnTo('127.0.0.1:4567')).toBe('https://rostrum.example');
  });
});

describe('refuseUnsafeAuthCallback', () => {
  const request = (query: string, cookie?: string) =>
    new NextRequest(`http://rostrum.test/api/auth/session${query}`, { headers: cookie ? { cookie } : {} });

  it.each(['../../../etc/passwd', 'https://evil.example/', '//evil.example/x', '/.//evil.example'])('answers 400 with the security headers for callbackUrl=%s', (value) => {
    const response = refuseUnsafeAuthCallback(request(`?callbackUrl=${encodeURIComponent(value)}`));
    expect(response?.status).toBe(400);
    expect(response?.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses the same in next-auth’s callback cookie', () => {
    expect(refuseUnsafeAuthCallback(request('', 'next-auth.callback-url=..%2F..%2Fetc'))?.status).toBe(400);
  });

  it.each(['', '?callbackUrl=%2Ftranscripts%2Fx', '?callbackUrl=http%3A%2F%2Frostrum.test%2Fgroups'])('lets %s through to next-auth', (query) => {
    expect(refuseUnsafeAuthCallback(request(query))).toBeNull();
  });

  it('lets through the absolute URL of the configured NEXTAUTH_URL, which next-auth writes into its own cookie', () => {
    process.env.NEXTAUTH_URL = 'http://127.0.0.1:4567';
    const behindOurServer = new NextRequest('http://localhost:4567/api/auth/callback/credentials', { headers: { cookie: 'next-auth.callback-url=http%3A%2F%2F127.0.0.1%3A4567' } });
    expect(refuseUnsafeAuthCallback(behindOurServer)).toBeNull();
    expect(refuseUnsafeAuthCallback(request('?callbackUrl=http%3A%2F%2F127.0.0.1%3A9999%2F'))?.status).toBe(400);
  });
});
