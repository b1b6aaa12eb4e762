import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authenticateWithPassword } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import {
  accountAtAddressThrottleKey,
  clearSignInFailures,
  getSignInLockSeconds,
  recordSignInFailure,
  THROTTLE_POLICY,
} from '@/lib/data/accounts';
import { createUserWithPassword } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let clock: Date;
const now = () => clock;
const later = (seconds: number) => new Date(clock.getTime() + seconds * 1000);

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url; // the data layer's shared client reads it on first use
  await createUserWithPassword({ name: 'Ada', email: 'ada@example.test', passwordHash: await hashPassword('correct horse battery') });
});
afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});
beforeEach(async () => {
  clock = new Date('2026-11-24T08:00:00.000Z');
  await db.query('DELETE FROM "SignInThrottle"');
});

const fail = (keys: string[], times: number) =>
  (async () => {
    for (let i = 0; i < times; i++) await recordSignInFailure(keys, now());
  })();
const row = async (key: string) => (await db.query<{ failures: number }>('SELECT failures FROM "SignInThrottle" WHERE key = $1', [key]))[0];

describe('sign-in throttle (data layer)', () => {
  it('locks a key after five consecutive failures, for 2^(n-5) seconds', async () => {
    await fail(['account-address:a@example.test|192.0.2.9'], 4);
    expect(await getSignInLockSeconds(['account-address:a@example.test|192.0.2.9'], now())).toBe(0);
    const [fifth] = await recordSignInFailure(['account-address:a@example.test|192.0.2.9'], now());
    expect(fifth).toEqual({ key: 'account-address:a@example.test|192.0.2.9', failures: 5, lockedForSeconds: 1 });
    clock = later(1);
    const [sixth] = await recordSignInFailure(['account-address:a@example.test|192.0.2.9'], now());
    expect(sixth!.lockedForSeconds).toBe(2);
    expect(await getSignInLockSeconds(['account-address:a@example.test|192.0.2.9'], now())).toBe(2);
  });

  it('unlocks when the lock expires, and never locks for longer than 15 minutes', async () => {
    await fail(['account-address:b@example.test|192.0.2.9'], 30);
    expect(await getSignInLockSeconds(['account-address:b@example.test|192.0.2.9'], now())).toBe(THROTTLE_POLICY.MAX_LOCK_SECONDS);
    clock = later(THROTTLE_POLICY.MAX_LOCK_SECONDS);
    expect(await getSignInLockSeconds(['account-address:b@example.test|192.0.2.9'], now())).toBe(0);
  });

  it('counts concurrent failures exactly', async () => {
    await Promise.all(Array.from({ length: 10 }, () => recordSignInFailure(['account-address:c@example.test|192.0.2.9', 'address:192.0.2.1'], now())));
    expect(await row('account-address:c@example.test|192.0.2.9')).toEqual({ failures: 10 });
    expect(await row('address:192.0.2.1')).toEqual({ failures: 10 });
  });

  it('locks an address after 50 failures and an account from everywhere only at its ceiling of 200', async () => {
    await fail(['address:192.0.2.5'], THROTTLE_POLICY.ADDRESS_LOCK_AFTER_FAILURES - 1);
    expect(await getSignInLockSeconds(['address:192.0.2.5'], now())).toBe(0);
    await fail(['address:192.0.2.5'], 1);
    expect(await getSignInLockSeconds(['address:192.0.2.5'], now())).toBe(1);
    await fail(['account:f@example.test'], THROTTLE_POLICY.ACCOUNT_CEILING_FAILURES - 1);
    expect(await getSignInLockSeconds(['account:f@example.test'], now())).toBe(0);
    await fail(['account:f@example.test'], 1);
    expect(await getSignInLockSeconds(['account:f@example.test'], now())).toBe(1);
  });

  it('keeps keys independent: a locked address does not lock an account, nor the other way round', async () => {
    await fail(['address:192.0.2.2'], THROTTLE_POLICY.ADDRESS_LOCK_AFTER_FAILURES);
    expect(await getSignInLockSeconds(['address:192.0.2.2'], now())).toBeGreaterThan(0);
    expect(await getSignInLockSeconds(['account:d@example.test'], now())).toBe(0);
    expect(await getSignInLockSeconds(['account:d@example.test', 'address:192.0.2.3'], now())).toBe(0);
  });

  it('forgets failures after a day without one', async () => {
    await fail(['address:192.0.2.4'], 4);
    clock = later(THROTTLE_POLICY.FORGET_AFTER_SECONDS + 1);
    const [state] = await recordSignInFailure(['address:192.0.2.4'], now());
    expect(state).toMatchObject({ failures: 1, lockedForSeconds: 0 });
  });

  it('clears a key', async () => {
    await fail(['account-address:e@example.test|192.0.2.9'], 5);
    await clearSignInFailures('account-address:e@example.test|192.0.2.9');
    expect(await row('account-address:e@example.test|192.0.2.9')).toBeUndefined();
    expect(await getSignInLockSeconds(['account-address:e@example.test|192.0.2.9'], now())).toBe(0);
  });
});

describe('authenticateWithPassword throttling', () => {
  const attempt = (password: string, address: string | null = '198.51.100.7') =>
    authenticateWithPassword({ email: 'ada@example.test', password, address }, now);

  const atAddress = (address: string | null) => accountAtAddressThrottleKey('ada@example.test', address);

  it('refuses an account locked at this address without checking the password, even the right one', async () => {
    for (let i = 0; i < 5; i++) expect(await attempt('wrong password')).toEqual({ ok: false, reason: 'invalid_credentials' });
    expect(await attempt('correct horse battery')).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 1 });
    // The refused attempt was not counted: after the lock the next failure is the sixth.
    expect(await row(atAddress('198.51.100.7'))).toEqual({ failures: 5 });
    clock = later(1);
    expect(await attempt('correct horse battery')).toMatchObject({ ok: true, user: { email: 'ada@example.test' } });
  });

  it("a stranger's failures from elsewhere never refuse the owner's right password", async () => {
    for (let i = 0; i < 12; i++) await attempt('wrong password', '6.6.6.6');
    expect(await attempt('correct horse battery', '6.6.6.6')).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(await attempt('correct horse battery', '198.51.100.7')).toMatchObject({ ok: true });
  });

  it("strangers' failures on other accounts at a shared address never refuse another user's right password", async () => {
    for (let i = 0; i < 5; i++) await authenticateWithPassword({ email: `stranger${i}@example.test`, password: 'typo', address: '127.0.0.1' }, now);
    expect(await attempt('correct horse battery', '127.0.0.1')).toMatchObject({ ok: true });
  });

  it('locks the account everywhere once failures spread over many addresses reach the ceiling', async () => {
    for (let i = 0; i < THROTTLE_POLICY.ACCOUNT_CEILING_FAILURES + 4; i++) await recordSignInFailure(['account:ada@example.test'], now());
    expect(await attempt('correct horse battery', '192.0.2.200')).toMatchObject({ ok: false, reason: 'rate_limited' });
  });

  it('resets the account on success but keeps the address count', async () => {
    for (let i = 0; i < 3; i++) await attempt('wrong password');
    expect(await attempt('correct horse battery')).toMatchObject({ ok: true });
    expect(await row(atAddress('198.51.100.7'))).toBeUndefined();
    expect(await row('account:ada@example.test')).toBeUndefined();
    expect(await row('address:198.51.100.7')).toEqual({ failures: 3 });
  });

  it('locks an address that guesses across many accounts, while the accounts stay open elsewhere', async () => {
    for (let i = 0; i < THROTTLE_POLICY.ADDRESS_LOCK_AFTER_FAILURES; i++) {
      await authenticateWithPassword({ email: `victim${i}@example.test`, password: 'guess', address: '203.0.113.9' }, now);
    }
    expect(await attempt('correct horse battery', '203.0.113.9')).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(await attempt('correct horse battery', '203.0.113.10')).toMatchObject({ ok: true });
  });

  it('lets a burst of parallel guesses learn no more than sequential ones', async () => {
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => attempt('wrong password', null)));
    const answered = outcomes.filter((o) => !o.ok && o.reason === 'invalid_credentials').length;
    const failures = (await row(atAddress(null)))!.failures;
    // Every answered guess was counted, and the rest were refused as rate limited.
    expect(answered).toBe(failures);
    expect(outcomes.filter((o) => !o.ok && o.reason === 'rate_limited')).toHaveLength(12 - answered);
    // The clock stands still, so the lock from the fifth failure stops every later answer; only
    // guesses whose check finished before that failure was recorded got through.
    expect(answered).toBeGreaterThanOrEqual(THROTTLE_POLICY.LOCK_AFTER_FAILURES);
    expect(answered).toBeLessThan(12);
  });
});
