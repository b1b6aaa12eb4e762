/**
 * Cross-site request refusal for route handlers (server actions get Next's own check).
 * Browsers send `Origin` on cross-origin requests and on every non-GET request, and
 * `Sec-Fetch-Site` on all requests; a request is ours when neither names another site.
 * Our own origin is NEXTAUTH_URL's when set, else the request's Host (as Next sees it).
 */
export function isSameOriginRequest(request: Request): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const origin = request.headers.get('origin');
  if (!origin) return true;
  return allowedOrigins(request).has(origin);
}

function allowedOrigins(request: Request): Set<string> {
  const allowed = new Set<string>();
  const configured = process.env.NEXTAUTH_URL;
  if (configured) allowed.add(new URL(configured).origin);
  const host = request.headers.get('host');
  if (host) {
    const protocol = new URL(request.url).protocol;
    allowed.add(`${protocol}//${host}`);
  }
  return allowed;
}
