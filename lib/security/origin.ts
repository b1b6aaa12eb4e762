/**
 * Cross-site request refusal for route handlers (server actions get Next's own check).
 * Browsers send `Origin` on cross-origin requests and on every non-GET request, and
 * `Sec-Fetch-Site` on all requests; a request is ours when neither names another site
 * (a sibling subdomain, `same-site`, is another site too). An opaque `Origin: null` (sandboxed
 * frames, some redirects) is refused. Requests without either header are not from a browser
 * acting for someone else, so CSRF does not apply to them.
 *
 * Our own origins: NEXTAUTH_URL's when set, plus the address the request was made to as Next
 * sees it (Host, or X-Forwarded-Host behind a proxy, with the scheme of the URL or
 * X-Forwarded-Proto). A browser page cannot forge those headers on a cross-origin request
 * without a CORS preflight we never grant.
 */
export function isSameOriginRequest(request: Request): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  return allowedOrigins(request).has(origin.toLowerCase());
}

/**
 * True when `url` is an absolute URL on one of this app's own origins as the request shows
 * them (the request URL's, NEXTAUTH_URL's, or the Host / X-Forwarded-Host it was made to).
 */
export function isOwnOriginUrl(url: string, request: Request): boolean {
  if (!URL.canParse(url)) return false;
  const origin = new URL(url).origin.toLowerCase();
  return origin === new URL(request.url).origin.toLowerCase() || allowedOrigins(request).has(origin);
}

/** True for methods that may change something, which therefore need the origin check. */
export function isUnsafeMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

const first = (value: string | null) => value?.split(',')[0]?.trim().toLowerCase() || undefined;

function allowedOrigins(request: Request): Set<string> {
  const allowed = new Set<string>();
  const configured = process.env.NEXTAUTH_URL;
  if (configured && URL.canParse(configured)) allowed.add(new URL(configured).origin.toLowerCase());
  const schemes = [new URL(request.url).protocol, first(request.headers.get('x-forwarded-proto'))]
    .filter((scheme): scheme is string => scheme === 'http:' || scheme === 'https:' || scheme === 'http' || scheme === 'https')
    .map((scheme) => (scheme.endsWith(':') ? scheme : `${scheme}:`));
  const hosts = [first(request.headers.get('host')), first(request.headers.get('x-forwarded-host'))];
  for (const host of hosts) {
    if (!host) continue;
    for (const scheme of schemes) allowed.add(`${scheme}//${host}`);
  }
  return allowed;
}
