import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, hashPassword, PASSWORD_HASH_OPTIONS, verifyPassword } from '@/lib/auth/password';

describe('password hashing', () => {
  it('uses argon2id with 19 MiB, two passes and one lane, as the encoded hash shows', async () => {
    const encoded = await hashPassword('correct horse battery staple');
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(parseOptions(encoded)).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('the dummy hash costs what a real one costs', () => {
    expect(parseOptions(DUMMY_PASSWORD_HASH)).toMatchObject({
      memoryCost: PASSWORD_HASH_OPTIONS.memoryCost,
      timeCost: PASSWORD_HASH_OPTIONS.timeCost,
      parallelism: PASSWORD_HASH_OPTIONS.parallelism,
    });
    expect(DUMMY_PASSWORD_HASH.startsWith('$argon2id$')).toBe(true);
  });

  const password = 'pässwörd 密码 😀 long enough';
  it.each([
    { description: 'the same password', attempt: password, expected: true },
    { description: 'a different password', attempt: 'pässwörd 密码 😀 long enougH', expected: false },
    { description: 'the password with a trailing space (nothing is trimmed)', attempt: `${password} `, expected: false },
    { description: 'the decomposed form of ä and ö (NFKC)', attempt: password.normalize('NFD'), expected: true },
  ])('verifies $description → $expected', async ({ attempt, expected }) => {
    expect(await verifyPassword(await hashPassword(password), attempt)).toBe(expected);
  });

  it('treats a full-width password typed with a Chinese input method like its half-width form', async () => {
    expect(await verifyPassword(await hashPassword('password1'), 'ｐａｓｓｗｏｒｄ１')).toBe(true);
  });

  it('answers false without a hash, after doing the same work', async () => {
    const started = performance.now();
    expect(await verifyPassword(null, 'anything at all')).toBe(false);
    // One real argon2id verification takes milliseconds, not microseconds.
    expect(performance.now() - started).toBeGreaterThan(5);
  });

  it('counts a malformed stored hash as a mismatch', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
