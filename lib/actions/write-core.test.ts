// The write core's order of checks, with the limiter stubbed: an input in hand is validated
// before anything else; a body is read only after sign-in and the limit. (Against PostgreSQL:
// tests/rate-limit.test.ts and tests/annotation-api.test.ts.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';

const limiter = vi.hoisted(() => ({ allowed: true, calls: 0 }));
vi.mock('@/lib/data/accounts', () => ({
  consumeRateLimit: async () => {
    limiter.calls++;
    return { allowed: limiter.allowed, count: 1, retryAfterSeconds: 7 };
  },
}));
const { runWrite } = await import('./write-core');

const viewer = { id: 'u1', name: 'U', email: 'u@example.test' };
const schema = z.object({ n: z.number() });
const work = async ({ n }: { n: number }) => {
  if (n < 0) throw new AppError('not_found');
  return n * 2;
};
const body = (value: unknown) => ({ read: vi.fn(async () => ({ ok: true as const, value })) });

beforeEach(() => {
  limiter.allowed = true;
  limiter.calls = 0;
});

describe('runWrite', () => {
  it.each([
    { description: 'a valid input in hand', input: { value: { n: 2 } }, signedIn: true, reason: undefined, counted: 1 },
    { description: 'an invalid input in hand, signed out: invalid, nothing counted', input: { value: { n: 'x' } }, signedIn: false, reason: 'invalid_input', counted: 0 },
    { description: 'an invalid body, signed out: signed_out before the body', input: body({ n: 'x' }), signedIn: false, reason: 'signed_out', counted: 0 },
    { description: 'an invalid body, signed in: counted, then invalid', input: body({ n: 'x' }), signedIn: true, reason: 'invalid_input', counted: 1 },
    { description: 'an AppError from the work', input: { value: { n: -1 } }, signedIn: true, reason: 'refused', counted: 1 },
  ])('$description', async ({ input, signedIn, reason, counted }) => {
    const outcome = await runWrite(schema, work, { input, viewer: async () => (signedIn ? viewer : null) });
    expect(outcome.ok ? undefined : outcome.reason).toBe(reason);
    expect(limiter.calls).toBe(counted);
  });

  it('answers rate_limited with the seconds to wait, without reading the body or working', async () => {
    limiter.allowed = false;
    const input = body({ n: 1 });
    expect(await runWrite(schema, work, { input, viewer: async () => viewer })).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 7 });
    expect(input.read).not.toHaveBeenCalled();
  });

  it('reports an unreadable body, and rethrows errors that are not AppErrors', async () => {
    const unreadable = { read: async () => ({ ok: false as const, reason: 'too_large' as const }) };
    expect(await runWrite(schema, work, { input: unreadable, viewer: async () => viewer })).toEqual({ ok: false, reason: 'unreadable_body', body: 'too_large' });
    const broken = async () => Promise.reject(new Error('database down'));
    await expect(runWrite(schema, broken, { input: { value: { n: 1 } }, viewer: async () => viewer })).rejects.toThrow('database down');
  });
});
