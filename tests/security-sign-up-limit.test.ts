// The sign-up form's per-address limit, through signUpAction against real PostgreSQL. Next's
// request scope (headers, cookies, redirect) and the session cookie are stubbed; the database
// and the limiter are real.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestDatabase } from './support/test-database';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  },
}));
vi.mock('next/cache', () => import('./support/mock-next-cache'));
vi.mock('@/lib/auth/session-cookie', () => ({ startSession: vi.fn(), endSession: vi.fn() }));

const { signUpAction } = await import('@/lib/actions/auth-actions');
const { createTestDatabase } = await import('./support/test-database');
const { getPrisma } = await import('@/lib/db/client');

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.RATE_LIMIT_SIGNUPS_PER_HOUR = '2';
});
afterAll(async () => {
  delete process.env.RATE_LIMIT_SIGNUPS_PER_HOUR;
  await getPrisma().$disconnect();
  await db?.drop();
});
beforeEach(async () => {
  await db.query('DELETE FROM "RateLimit"');
});

let n = 0;
/** Submits the sign-up form from `address` (null: no proxy header); 'redirected' on success. */
async function signUpFrom(address: string | null) {
  request.headers = new Headers(address ? { 'x-forwarded-for': address } : {});
  const form = new FormData();
  form.set('name', `Reader ${++n}`);
  form.set('email', `reader-${n}-${Date.now()}@example.test`);
  form.set('password', 'a long enough password');
  try {
    return await signUpAction(null, form);
  } catch (error) {
    if ((error as { url?: string }).url) return 'redirected';
    throw error;
  }
}

describe('sign-up rate limit', () => {
  it('lets an address create the configured number of accounts, then refuses without creating one', async () => {
    expect(await signUpFrom('203.0.113.7')).toBe('redirected');
    expect(await signUpFrom('203.0.113.7')).toBe('redirected');
    const users = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM "User"');
    const refused = await signUpFrom('203.0.113.7');
    expect(refused).toMatchObject({ ok: false, code: 'rate_limited', error: expect.stringMatching(/\d+/) });
    expect(await db.query<{ n: number }>('SELECT count(*)::int AS n FROM "User"')).toEqual(users);
    // Another address (an IPv6 /64 counts as one) is counted on its own.
    expect(await signUpFrom('2001:db8::1')).toBe('redirected');
    expect(await signUpFrom('2001:db8::2')).toBe('redirected');
    expect(await signUpFrom('2001:db8::3')).toMatchObject({ code: 'rate_limited' });
  });

  it('does not count invalid forms', async () => {
    request.headers = new Headers({ 'x-forwarded-for': '198.51.100.1' });
    for (let i = 0; i < 3; i++) expect(await signUpAction(null, new FormData())).toMatchObject({ code: 'invalid' });
    expect(await signUpFrom('198.51.100.1')).toBe('redirected');
  });
});
