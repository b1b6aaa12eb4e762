/** A dummy origin to resolve paths against: only what stays on it is a path on this site. */
const SELF = 'http://rostrum.invalid';

/**
 * `value` as a path on this site to redirect to, or `fallback`. The path is resolved FIRST
 * (dot segments, `%2e`, backslashes) and the resolved form is both checked and returned, so
 * `/.//evil.example` or `/%2e//evil.example`, which resolve to the protocol-relative
 * `//evil.example`, can never come out of it.
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, SELF);
  } catch {
    return fallback;
  }
  if (resolved.origin !== SELF || resolved.username || resolved.password) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // A browser reads a leading `//` or `/\` as another host.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  return path;
}
