import { NextResponse, type NextRequest } from 'next/server';
import { buildContentSecurityPolicy, createNonce, cspOptionsFromEnv } from '@/lib/security/csp';
import { isSameOriginRequest, isUnsafeMethod } from '@/lib/security/origin';
import { declaredBodyBytes, MAX_DECLARED_BODY_BYTES } from '@/lib/security/request-limits';

const refuse = (status: 403 | 413, error: string) =>
  NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Runs before every request except static files:
 * 1. Refuses a declared body above MAX_DECLARED_BODY_BYTES (413) before anything buffers it.
 * 2. Refuses cross-site writes to route handlers (403). next-auth's endpoints keep their own
 *    CSRF token check, and an OAuth provider may post back from its own site.
 * 3. Gives the response a nonce-based Content-Security-Policy and passes the same policy on to
 *    Next in the request headers, where it finds the nonce for its own script tags. This needs
 *    dynamic rendering, which every page already has.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if ((declaredBodyBytes(request.headers) ?? 0) > MAX_DECLARED_BODY_BYTES) return refuse(413, 'Request body too large');
  const isRouteHandler = pathname.startsWith('/api/') && !pathname.startsWith('/api/auth/');
  if (isRouteHandler && isUnsafeMethod(request.method) && !isSameOriginRequest(request)) {
    return refuse(403, 'Cross-site request refused');
  }

  const policy = buildContentSecurityPolicy(createNonce(), cspOptionsFromEnv());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
