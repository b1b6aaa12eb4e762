import { safeRedirectPath } from '@/lib/security/safe-redirect-path';

/**
 * Where to go after signing in: `value` when it is a path on this site (safeRedirectPath:
 * resolved first, then checked), else "/". Never back to the sign-in pages themselves.
 */
export function safeCallbackUrl(value: unknown): string {
  const path = safeRedirectPath(value);
  return /^\/sign(in|up)(\/|\?|#|$)/.test(path) ? '/' : path;
}
