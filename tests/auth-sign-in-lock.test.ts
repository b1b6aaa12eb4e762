// The credentials callback answers HTTP 429 (with Retry-After) while the account or the
// address is locked; an unlocked attempt is left to next-auth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockedSignInResponse } from '@/lib/auth/sign-in-lock';
import { accountAtAddressThrottleKey, recordSignInFailure, THROTTLE_POLICY } from '@/lib/data/accounts';
import * as support from './support/annotation-database';
import type { TestDatabase } from './support/test-database';

let db: TestDatabase;

const callback = (email: string, address = '203.0.113.7') =>
  new Request('http://rostrum.test/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-rostrum-peer-address': address },
    body: new URLSearchParams({ email, password: 'a guess', csrfToken: 'x' }),
  });

beforeAll(async () => {
  db = await support.setUpAnnotationDatabase();
}, 120_000);

afterAll(() => support.tearDownAnnotationDatabase(db));

describe('lockedSignInResponse', () => {
  it('lets an account without failures through to next-auth', async () => {
    expect(await lockedSignInResponse(callback('fresh@example.test'))).toBeNull();
  });

  it('answers 429 with Retry-After once the account is locked at this address, and leaves the body readable', async () => {
    const email = 'locked@example.test';
    // A few failures past the threshold: a lock of a minute, not one second that could run out mid-test.
    for (let i = 0; i < THROTTLE_POLICY.LOCK_AFTER_FAILURES + 6; i++) await recordSignInFailure([accountAtAddressThrottleKey(email, '203.0.113.7')]);
    const request = callback(email);
    const response = await lockedSignInResponse(request);
    expect(response?.status).toBe(429);
    expect(Number(response?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await request.formData()).get('email')).toBe(email);
    // The same account from another address is not locked (a stranger cannot lock a user out).
    expect(await lockedSignInResponse(callback(email, '198.51.100.20'))).toBeNull();
  });

  it('reads the address from the TCP peer, not from a forged X-Forwarded-For', async () => {
    const email = 'victim@example.test';
    for (let i = 0; i < THROTTLE_POLICY.LOCK_AFTER_FAILURES + 6; i++) await recordSignInFailure([accountAtAddressThrottleKey(email, '6.6.6.6')]);
    const forged = new Request('http://rostrum.test/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.30', 'x-rostrum-peer-address': '6.6.6.6' },
      body: new URLSearchParams({ email, password: 'a guess', csrfToken: 'x' }),
    });
    expect((await lockedSignInResponse(forged))?.status).toBe(429);
  });

  it('ignores requests that are not a sign-in form', async () => {
    const request = new Request('http://rostrum.test/api/auth/callback/credentials', { method: 'POST', body: 'not a form' });
    expect(await lockedSignInResponse(request)).toBeNull();
  });
});
