import 'server-only';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * argon2id with OWASP's first recommended setting: 19 MiB of memory (`memoryCost` is in KiB),
 * two passes, one lane. Changing these only affects new hashes; the encoded hash carries its
 * own parameters, so old ones keep verifying.
 */
export const PASSWORD_HASH_OPTIONS = {
  // `Algorithm` is an ambient const enum, which isolatedModules cannot read; 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const satisfies Options;

/**
 * A hash of a random password nobody knows, made with PASSWORD_HASH_OPTIONS. Sign-in verifies
 * against it when the account does not exist (or has no password), so an unknown email takes
 * as long as a wrong password and timing tells nothing.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$7lT+WEOuutmwaHEDGAxf3w$XtjPuFJIr5+As1ouHnhmPUqsXlDUnfSRoU0kyTRlOAE';

/**
 * NFKC, as NIST SP 800-63B suggests: a password typed with a Chinese input method in
 * full-width mode (ｐａｓｓ) is the same password as its half-width form, and composed and
 * decomposed accents match.
 */
const normalize = (password: string) => password.normalize('NFKC');

/** The encoded argon2id hash (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), PASSWORD_HASH_OPTIONS);
}

/**
 * True when `password` matches `encodedHash`. With a null hash it still runs one full
 * verification (against DUMMY_PASSWORD_HASH) and answers false, so callers never skip the
 * work for unknown accounts. A malformed stored hash counts as a mismatch.
 */
export async function verifyPassword(encodedHash: string | null, password: string): Promise<boolean> {
  try {
    const matches = await verify(encodedHash ?? DUMMY_PASSWORD_HASH, normalize(password));
    return encodedHash !== null && matches;
  } catch {
    return false;
  }
}
