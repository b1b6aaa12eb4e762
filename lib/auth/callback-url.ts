/**
 * Where to go after signing in: `value` when it is a path on this site, else "/". Absolute and
 * protocol-relative URLs (`//evil.example`, `/\evil.example`) are refused, so a crafted link
 * cannot send a freshly signed-in reader to another site.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return '/';
  if (value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f\u007f]/.test(value)) return '/';
  // Resolving against a dummy origin catches anything a browser would read as another host.
  const resolved = new URL(value, 'http://rostrum.invalid');
  if (resolved.origin !== 'http://rostrum.invalid') return '/';
  // Never bounce back to the sign-in pages themselves.
  if (/^\/sign(in|up)(\/|$)/.test(resolved.pathname)) return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
