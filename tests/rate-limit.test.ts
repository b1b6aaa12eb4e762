// The shared fixed-window rate limiter against real PostgreSQL: exact counts under concurrency,
// window reset with an injected clock (no sleeping), and the write limit of server actions.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TestDatabase } from './support/test-database';
import { signInAs } from './support/mock-viewer';

vi.mock('@/lib/auth/viewer', () => import('./support/mock-viewer'));

const { consumeRateLimit, consumeRateLimitBudget, deleteStaleRateLimits } = await import('@/lib/data/accounts');
const { validatedAction } = await import('@/lib/actions/validated-action');
const { limitRouteRequest } = await import('@/lib/security/route-rate-limit');
const { rateLimitRules } = await import('@/lib/security/rate-limit-rules');
const { createTestDatabase } = await import('./support/test-database');
const { getPrisma } = await import('@/lib/db/client');
const { z } = await import('zod');

let db: TestDatabase;
const T0 = new Date('2026-11-30T08:00:00.000Z');
const after = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const rule = { limit: 5, windowSeconds: 60 };
const env = (values: Record<string, string>) => ({ NODE_ENV: 'test', ...values }) as NodeJS.ProcessEnv;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url; // the data layer's shared client reads it on first use
});
afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});
beforeEach(async () => {
  await db.query('DELETE FROM "RateLimit"');
  delete process.env.RATE_LIMIT_WRITES_PER_MINUTE;
  delete process.env.RATE_LIMIT_API_PER_MINUTE;
});

describe('consumeRateLimitBudget (bulk writes count every row)', () => {
  const budget = { limit: 100, windowSeconds: 3600 };

  it('takes each row from the budget, all or none: a bulk that does not fit takes nothing', async () => {
    expect(await consumeRateLimitBudget('rows', budget, 60, T0)).toMatchObject({ allowed: true, count: 60 });
    expect(await consumeRateLimitBudget('rows', budget, 41, after(1))).toMatchObject({ allowed: false, retryAfterSeconds: 3599 });
    expect(await consumeRateLimitBudget('rows', budget, 40, after(2))).toMatchObject({ allowed: true, count: 100 });
    expect(await consumeRateLimitBudget('rows', budget, 1, after(3))).toMatchObject({ allowed: false });
    expect(await consumeRateLimitBudget('rows', budget, 100, after(3600))).toMatchObject({ allowed: true, count: 100 });
  });

  it('refuses a bulk larger than the whole budget without touching the counter', async () => {
    expect(await consumeRateLimitBudget('huge', budget, 3800, T0)).toMatchObject({ allowed: false, retryAfterSeconds: 3600 });
    expect(await db.query('SELECT 1 FROM "RateLimit" WHERE key = $1', ['huge'])).toHaveLength(0);
  });

  it('never overdraws under parallel takers', async () => {
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => consumeRateLimitBudget('parallel-rows', budget, 7, T0)));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(14);
    expect((await db.query<{ count: number }>('SELECT count FROM "RateLimit" WHERE key = $1', ['parallel-rows']))[0]).toEqual({ count: 98 });
  });
});

describe('consumeRateLimit', () => {
  it('allows `limit` hits in a window, refuses the next with the seconds left, and starts over after it', async () => {
    const counts = [];
    for (let i = 0; i < 5; i++) counts.push(await consumeRateLimit('k', rule, after(i)));
    expect(counts.map((c) => [c.allowed, c.count])).toEqual([[true, 1], [true, 2], [true, 3], [true, 4], [true, 5]]);
    expect(await consumeRateLimit('k', rule, after(20))).toEqual({ allowed: false, count: 6, retryAfterSeconds: 40 });
    expect(await consumeRateLimit('k', rule, after(59.5))).toEqual({ allowed: false, count: 6, retryAfterSeconds: 1 });
    expect(await consumeRateLimit('k', rule, after(60))).toEqual({ allowed: true, count: 1, retryAfterSeconds: 60 });
  });

  it('keeps keys apart', async () => {
    for (let i = 0; i < 6; i++) await consumeRateLimit('a', rule, T0);
    expect((await consumeRateLimit('b', rule, T0)).allowed).toBe(true);
    expect((await consumeRateLimit('a', rule, T0)).allowed).toBe(false);
  });

  it('lets exactly `limit` of many parallel hits through (one atomic statement, no lost update)', async () => {
    const parallel = { limit: 25, windowSeconds: 60 };
    for (let round = 0; round < 3; round++) {
      const outcomes = await Promise.all(Array.from({ length: 80 }, () => consumeRateLimit(`burst-${round}`, parallel, T0)));
      expect(outcomes.filter((o) => o.allowed)).toHaveLength(25);
      // Every allowed hit saw a distinct count: nothing was counted twice or lost.
      expect(new Set(outcomes.filter((o) => o.allowed).map((o) => o.count)).size).toBe(25);
    }
    const rows = await db.query<{ count: number }>('SELECT count FROM "RateLimit" WHERE key LIKE $1', ['burst-%']);
    expect(rows.map((r) => r.count)).toEqual([26, 26, 26]);
  });

  it('deletes counters whose window ended long ago and keeps current ones', async () => {
    await consumeRateLimit('old', rule, T0);
    await consumeRateLimit('new', rule, after(3600));
    expect(await deleteStaleRateLimits(1800, after(3600))).toBe(1);
    expect((await db.query<{ key: string }>('SELECT key FROM "RateLimit"')).map((r) => r.key)).toEqual(['new']);
  });
});

describe('limits in front of actions and route handlers', () => {
  it('a server action answers rate_limited after the per-user write limit, without running', async () => {
    process.env.RATE_LIMIT_WRITES_PER_MINUTE = '3';
    const user = await db.prisma.user.create({ data: { name: 'W', email: 'w@example.test' }, select: { id: true, name: true, email: true } });
    signInAs(user);
    let runs = 0;
    const action = validatedAction(z.object({}), async () => ++runs);
    const results = await Promise.all(Array.from({ length: 6 }, () => action({})));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r).toMatchObject({ ok: false, code: 'rate_limited', error: expect.stringMatching(/\d+/) });
    expect(runs).toBe(3);
    // Invalid input is refused before anything is counted.
    expect(await action(42 as never)).toMatchObject({ code: 'invalid' });
  });

  it('a route handler gets 429 with Retry-After over the API limit, per address when signed out', async () => {
    process.env.RATE_LIMIT_API_PER_MINUTE = '2';
    const from = (address: string) => new Request('http://rostrum.test/api/annotations', { headers: { 'x-forwarded-for': address } });
    expect(await limitRouteRequest(from('203.0.113.9'), null, T0)).toBeNull();
    expect(await limitRouteRequest(from('203.0.113.9'), null, T0)).toBeNull();
    const refused = await limitRouteRequest(from('203.0.113.9'), null, after(15));
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('45');
    expect(await refused?.json()).toEqual({ error: 'Too many requests' });
    expect(await limitRouteRequest(from('198.51.100.4'), null, T0)).toBeNull();
    // Without an address or a user there is nothing to count by.
    expect(await limitRouteRequest(new Request('http://rostrum.test/api/annotations'), null, T0)).toBeNull();
  });

  it('reads the limits from the environment, ignoring values that are not positive whole numbers', () => {
    expect(rateLimitRules(env({ RATE_LIMIT_WRITES_PER_MINUTE: '7' })).writes).toEqual({ limit: 7, windowSeconds: 60 });
    expect(rateLimitRules(env({ RATE_LIMIT_WRITES_PER_MINUTE: '-1', RATE_LIMIT_SIGNUPS_PER_HOUR: 'x' }))).toMatchObject({
      writes: { limit: 60 },
      signUp: { limit: 10, windowSeconds: 3600 },
      api: { limit: 300 },
    });
  });
});

describe('limitableAddress', () => {
  it.each([
    ['a public IPv4 peer', { 'x-rostrum-peer-address': '203.0.113.9' }, '203.0.113.9'],
    ['the peer, not an address the client wrote in X-Forwarded-For', { 'x-forwarded-for': '6.6.6.6', 'x-rostrum-peer-address': '203.0.113.9' }, '203.0.113.9'],
    ['a public IPv6 address, as its /64', { 'x-forwarded-for': '2001:db8:1:2:3::4' }, '2001:db8:1:2::/64'],
    ['IPv4 loopback (Next fills it in for local requests)', { 'x-forwarded-for': '127.0.0.1' }, null],
    ['mapped IPv4 loopback', { 'x-forwarded-for': '::ffff:127.0.0.1' }, null],
    ['IPv6 loopback', { 'x-forwarded-for': '::1' }, null],
    ['no address', {}, null],
  ])('%s', async (_description, headers, expected) => {
    const { limitableAddress } = await import('@/lib/security/rate-limit-rules');
    expect(limitableAddress(new Headers(headers))).toBe(expected);
  });
});
