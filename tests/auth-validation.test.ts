import { describe, expect, it } from 'vitest';
import { AUTH_LIMITS, codePointLength, signInInputSchema, signUpInputSchema } from '@/lib/validation/auth';

const valid = { name: 'Ada Lovelace', email: 'ada@example.test', password: 'long enough' };
/** The message key of the first issue for `field`, or null when the input is valid. */
function issueFor(input: Record<string, string>, field: string, schema: typeof signUpInputSchema | typeof signInInputSchema = signUpInputSchema) {
  const result = schema.safeParse(input);
  return result.success ? null : (result.error.issues.find((issue) => issue.path[0] === field)?.message ?? null);
}

describe('sign-up input', () => {
  it.each([
    { description: '8 ASCII characters', password: 'x'.repeat(8), issue: null },
    { description: '7 ASCII characters', password: 'x'.repeat(7), issue: 'authPasswordTooShort' },
    { description: '64 characters', password: 'x'.repeat(64), issue: null },
    { description: '128 characters', password: 'x'.repeat(128), issue: null },
    { description: '129 characters (refused, never cut)', password: 'x'.repeat(129), issue: 'authPasswordTooLong' },
    { description: '4 emoji (8 UTF-16 units, 4 code points)', password: '😀😀😀😀', issue: 'authPasswordTooShort' },
    { description: '8 emoji', password: '😀'.repeat(8), issue: null },
    { description: '128 emoji (256 UTF-16 units)', password: '😀'.repeat(128), issue: null },
    { description: '129 emoji', password: '😀'.repeat(129), issue: 'authPasswordTooLong' },
    { description: '8 CJK characters', password: '密码密码密码密码', issue: null },
    { description: 'spaces count and are kept', password: '        ', issue: null },
  ])('password of $description → $issue', ({ password, issue }) => {
    expect(issueFor({ ...valid, password }, 'password')).toBe(issue);
  });

  it('keeps the password exactly as typed', () => {
    expect(signUpInputSchema.parse({ ...valid, password: '  spaced  ' }).password).toBe('  spaced  ');
  });

  it.each([
    { description: 'mixed case and spaces', email: '  Ada@Example.TEST ', expected: 'ada@example.test' },
    { description: 'plain', email: 'reader@example.test', expected: 'reader@example.test' },
  ])('normalises an email with $description', ({ email, expected }) => {
    expect(signUpInputSchema.parse({ ...valid, email }).email).toBe(expected);
  });

  it.each([
    { description: 'no @', email: 'ada.example.test' },
    { description: 'empty', email: '' },
    { description: 'longer than 254', email: `${'a'.repeat(250)}@example.test` },
  ])('refuses an email that is $description', ({ email }) => {
    expect(issueFor({ ...valid, email }, 'email')).toBe('authEmailInvalid');
  });

  it.each([
    { description: 'empty', name: '', issue: 'authNameRequired' },
    { description: 'only spaces', name: '   ', issue: 'authNameRequired' },
    { description: '100 characters', name: 'n'.repeat(100), issue: null },
    { description: '101 characters', name: 'n'.repeat(101), issue: 'authNameTooLong' },
    { description: '100 emoji', name: '🦊'.repeat(100), issue: null },
    { description: 'a line break', name: 'Ada\nLovelace', issue: 'authNameInvalid' },
    { description: 'Chinese', name: '袭艳春', issue: null },
  ])('name that is $description → $issue', ({ name, issue }) => {
    expect(issueFor({ ...valid, name }, 'name')).toBe(issue);
  });

  it('trims the name', () => {
    expect(signUpInputSchema.parse({ ...valid, name: '  Ada  ' }).name).toBe('Ada');
  });
});

describe('sign-in input', () => {
  it.each([
    { description: 'any non-empty password', password: 'x', issue: null },
    { description: 'an empty password', password: '', issue: 'authPasswordRequired' },
    { description: 'a password longer than any account can have', password: 'x'.repeat(AUTH_LIMITS.maxPassword + 1), issue: 'authPasswordTooLong' },
  ])('accepts or refuses $description', ({ password, issue }) => {
    expect(issueFor({ email: 'ada@example.test', password }, 'password', signInInputSchema)).toBe(issue);
  });
});

describe('codePointLength', () => {
  it.each([
    { text: '', expected: 0 },
    { text: 'abc', expected: 3 },
    { text: '密码', expected: 2 },
    { text: '😀', expected: 1 },
    { text: '𠮷野家', expected: 3 },
  ])('counts $text as $expected', ({ text, expected }) => {
    expect(codePointLength(text)).toBe(expected);
  });
});
