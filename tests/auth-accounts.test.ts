import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateWithPassword } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import {
  createUserWithPassword,
  endUserSessions,
  findUserForSignIn,
  getCurrentSessionUser,
  upsertOAuthUser,
} from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let passwordHash: string;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url; // the data layer's shared client reads it on first use
  passwordHash = await hashPassword('correct horse battery');
});
afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

const signIn = (email: string, password: string) => authenticateWithPassword({ email, password, address: null });

describe('accounts', () => {
  it('creates a user and returns no password hash', async () => {
    const user = await createUserWithPassword({ name: 'Ada', email: 'ada@example.test', passwordHash });
    expect(user).toEqual({ id: expect.any(String), name: 'Ada', email: 'ada@example.test', sessionVersion: 0 });
  });

  it('refuses a second account with the same email, even when both sign up at once', async () => {
    const attempts = await Promise.allSettled(
      [1, 2, 3].map((i) => createUserWithPassword({ name: `Twin ${i}`, email: 'twin@example.test', passwordHash })),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected').map((a) => a.reason);
    expect(refused).toHaveLength(2);
    for (const error of refused) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'conflict', message: 'An account with this email already exists' });
    }
  });

  it('signs in with the right password and returns the session user', async () => {
    await createUserWithPassword({ name: 'Grace', email: 'grace@example.test', passwordHash });
    expect(await signIn('grace@example.test', 'correct horse battery')).toEqual({
      ok: true,
      user: { id: expect.any(String), name: 'Grace', email: 'grace@example.test', sessionVersion: 0 },
    });
  });

  it('answers an unknown email, a wrong password and a password-less account alike', async () => {
    await createUserWithPassword({ name: 'Alan', email: 'alan@example.test', passwordHash });
    await upsertOAuthUser({ name: 'Oauth Only', email: 'oauth@example.test' });
    const outcomes = [
      await signIn('nobody@example.test', 'correct horse battery'),
      await signIn('alan@example.test', 'wrong horse battery'),
      await signIn('oauth@example.test', ''),
    ];
    for (const outcome of outcomes) expect(outcome).toEqual({ ok: false, reason: 'invalid_credentials' });
    // The unknown email and the known ones counted a failure against the same kinds of keys.
    const keys = await db.query<{ key: string }>('SELECT key FROM "SignInThrottle" WHERE key NOT LIKE $1 ORDER BY key', ['address:%']);
    expect(keys.map((k) => k.key.replace(/\|.*$/, '|…'))).toEqual([
      'account-address:alan@example.test|…',
      'account-address:nobody@example.test|…',
      'account-address:oauth@example.test|…',
      'account:alan@example.test',
      'account:nobody@example.test',
      'account:oauth@example.test',
    ]);
  });

  it('finds OAuth users by email and never gives them a password', async () => {
    const first = await upsertOAuthUser({ name: 'Hedy', email: 'hedy@example.test' });
    const again = await upsertOAuthUser({ name: 'Hedy L.', email: 'hedy@example.test' });
    expect(again).toEqual(first);
    expect((await findUserForSignIn('hedy@example.test'))?.passwordHash).toBeNull();
  });
});

describe('session versions', () => {
  it('a token issued before sign-out is refused afterwards; a fresh one works', async () => {
    const user = await createUserWithPassword({ name: 'Katherine', email: 'katherine@example.test', passwordHash });
    const issuedAt = user.sessionVersion;
    expect(await getCurrentSessionUser(user.id, issuedAt)).toEqual({ id: user.id, name: 'Katherine', email: 'katherine@example.test' });

    expect(await endUserSessions(user.id, issuedAt)).toBe(true);
    expect(await getCurrentSessionUser(user.id, issuedAt)).toBeNull();

    const signedInAgain = await signIn('katherine@example.test', 'correct horse battery');
    expect(signedInAgain).toMatchObject({ ok: true, user: { sessionVersion: issuedAt + 1 } });
    expect(await getCurrentSessionUser(user.id, issuedAt + 1)).not.toBeNull();
  });

  it('a replayed old token cannot sign the user out of their current session', async () => {
    const user = await createUserWithPassword({ name: 'Margaret', email: 'margaret@example.test', passwordHash });
    await endUserSessions(user.id, 0);
    expect(await endUserSessions(user.id, 0)).toBe(false);
    expect(await getCurrentSessionUser(user.id, 1)).not.toBeNull();
  });

  it('refuses a token for a user that does not exist', async () => {
    expect(await getCurrentSessionUser('no-such-user', 0)).toBeNull();
  });
});
