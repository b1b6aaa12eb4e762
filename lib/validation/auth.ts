import { z } from 'zod';
import type { MessageKey } from '@/lib/i18n/dictionary';
import { hasUnstorableText } from './safe-text';

/** Length limits, in Unicode code points (an emoji counts once, as a reader would count it). */
export const AUTH_LIMITS = {
  minPassword: 8,
  maxPassword: 128,
  maxName: 100,
  maxEmail: 254,
} as const;

/** Number of Unicode code points in `text` (JS `length` counts UTF-16 units). */
export const codePointLength = (text: string) => Array.from(text).length;

// Issue messages are message keys; the form actions translate them with AUTH_LIMITS as values.
const message = (key: MessageKey) => ({ message: key });

/** Trimmed and lower-cased, so `Ada@Example.com ` and `ada@example.com` are one account. */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(AUTH_LIMITS.maxEmail, message('authEmailInvalid'))
  .pipe(z.email(message('authEmailInvalid')));

/**
 * A new password: 8 to 128 code points, taken exactly as typed (no trimming). Longer ones are
 * refused, never silently cut.
 */
const newPassword = z
  .string()
  .refine((p) => codePointLength(p) >= AUTH_LIMITS.minPassword, message('authPasswordTooShort'))
  .refine((p) => codePointLength(p) <= AUTH_LIMITS.maxPassword, message('authPasswordTooLong'));

/** What the sign-up form sends. */
export const signUpInputSchema = z.object({
  name: z
    .string()
    .trim()
    .refine((n) => n.length > 0, message('authNameRequired'))
    .refine((n) => codePointLength(n) <= AUTH_LIMITS.maxName, message('authNameTooLong'))
    // Control characters (newlines, escapes) have no place in a name shown beside every note.
    .refine((n) => !/\p{Cc}/u.test(n) && !hasUnstorableText(n), message('authNameInvalid')),
  email,
  password: newPassword,
});
export type SignUpInput = z.infer<typeof signUpInputSchema>;

/**
 * What the sign-in form sends. Only presence and the upper length bound are checked: no
 * password longer than that can exist, and anything else is for the password check to judge.
 */
export const signInInputSchema = z.object({
  email,
  password: z
    .string()
    .refine((p) => p.length > 0, message('authPasswordRequired'))
    .refine((p) => codePointLength(p) <= AUTH_LIMITS.maxPassword, message('authPasswordTooLong')),
});
export type SignInInput = z.infer<typeof signInInputSchema>;
