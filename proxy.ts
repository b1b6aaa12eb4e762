import { NextResponse, type NextRequest } from 'next/server';
import { buildContentSecurityPolicy, createNonce, cspOptionsFromEnv } from '@/lib/security/csp';
import { findHostileInput } from '@/lib/security/hostile-input';
import { isSameOriginRequest, isUnsafeMethod } from '@/lib/security/origin';
import { declaredBodyBytes, maxDeclaredBodyBytes } from '@/lib/security/request-limits';
import { badRequestHeaders } from '@/lib/security/security-headers';

const refuse = (status: 403 | 413, error: string) =>
  NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } });

/** HSTS for two years, sent only on answers to https requests (browsers ignore it over http). */
const HSTS = 'max-age=63072000; includeSubDomains';

/** True when the request reached us (or the proxy in front of us) over https. */
function overHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * Runs before every request except static files:
 * 1. Refuses a path or query that is not valid text (NUL, lone surrogates, broken
 *    percent-encoding, overlong values) with 400, so no page or route sees it.
 * 2. Refuses a declared body above MAX_DECLARED_BODY_BYTES (the import page's POST: MAX_IMPORT_BODY_BYTES) (413) before anything buffers it.
 * 3. Refuses cross-site writes to route handlers and cross-site server actions (403; Next's
 *    own action check would answer 500). next-auth's endpoints keep their own CSRF token
 *    check, and an OAuth provider may post back from its own site.
 * 4. Gives the response a nonce-based Content-Security-Policy and passes the same policy on to
 *    Next in the request headers, where it finds the nonce for its own script tags; and HSTS
 *    when served over https.
 */
export function proxy(request: NextRequest): NextResponse {
  const raw = new URL(request.url);
  const hostile = findHostileInput(`${raw.pathname}${raw.search}`);
  if (hostile) return new NextResponse(`Bad request: ${hostile}`, { status: 400, headers: badRequestHeaders() });
  const { pathname } = request.nextUrl;
  if ((declaredBodyBytes(request.headers) ?? 0) > maxDeclaredBodyBytes(request.method, pathname)) return refuse(413, 'Request body too large');
  const isRouteHandler = pathname.startsWith('/api/') && !pathname.startsWith('/api/auth/');
  const isServerAction = request.method === 'POST' && request.headers.has('next-action');
  if ((isRouteHandler || isServerAction) && isUnsafeMethod(request.method) && !isSameOriginRequest(request)) {
    return refuse(403, 'Cross-site request refused');
  }

  const policy = buildContentSecurityPolicy(createNonce(), cspOptionsFromEnv());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (overHttps(request)) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
