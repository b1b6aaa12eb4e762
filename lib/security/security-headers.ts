/**
 * The headers every response carries (next.config.js sends them on everything Next answers;
 * tests/security-headers-config.test.ts keeps its copy equal to this one). Answers made before
 * Next routes a request (our server's and the proxy's refusals) set them from here.
 */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** The answer to a request refused before any route ran: 400, plain text, security headers. */
export function badRequestHeaders(): Record<string, string> {
  return { ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
}
