import { isOwnOriginUrl } from '@/lib/security/origin';
import { safeRedirectPath } from '@/lib/security/safe-redirect-path';
import { badRequestHeaders } from '@/lib/security/security-headers';

/**
 * Where to go after signing in: `value` when it is a path on this site (safeRedirectPath:
 * resolved first, then checked), else "/". Never back to the sign-in pages themselves.
 */
export function safeCallbackUrl(value: unknown): string {
  const path = safeRedirectPath(value);
  return /^\/sign(in|up)(\/|\?|#|$)/.test(path) ? '/' : path;
}

/**
 * 400 for a callbackUrl (query or next-auth's cookie) that is not a path on this site: next-auth
 * itself answers such a value with a 500. Our forms only ever send paths.
 */
export function refuseUnsafeAuthCallback(request: Request & { cookies: { get(name: string): { value: string } | undefined }; nextUrl: URL }): Response | null {
  const values = [request.nextUrl.searchParams.get('callbackUrl'), request.cookies.get('next-auth.callback-url')?.value, request.cookies.get('__Secure-next-auth.callback-url')?.value];
  const unsafe = values.some((value) => value != null && safeRedirectPath(value, '') === '' && !isOwnOriginUrl(value, request));
  return unsafe ? new Response('Bad request: callbackUrl must be a path on this site', { status: 400, headers: badRequestHeaders() }) : null;
}
