/** Schemes a link in an annotation may use. */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** Longest href accepted, in UTF-16 units. */
export const MAX_HREF_LENGTH = 2048;

// Whitespace, C0/C1 controls, zero-width and bidirectional formatting characters: browsers strip
// or ignore some of them inside URLs ("java\tscript:"), so any of them means "reject", not "clean".
const INVISIBLE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb]/u;

/**
 * The normalised href (as the WHATWG URL parser serialises it) when `input` is an absolute
 * http, https or mailto URL, else null. Rejects relative and protocol-relative URLs, any other
 * scheme (javascript:, data:, vbscript:, file:…), whitespace, control and invisible characters
 * anywhere, credentials in http(s) URLs, and hrefs over `MAX_HREF_LENGTH`.
 */
export function safeHref(input: unknown): string | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_HREF_LENGTH) return null;
  if (INVISIBLE_OR_CONTROL.test(input)) return null;
  // The scheme must be spelled out at the very start: no parser leniency decides it for us.
  if (!/^(?:https?:\/\/|mailto:)/i.test(input)) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (url.hostname === '' || url.username !== '' || url.password !== '')) return null;
  if (url.protocol === 'mailto:' && url.pathname === '') return null;
  return url.href;
}

/** True when `input` is an href `safeHref` accepts. */
export function isSafeHref(input: unknown): boolean {
  return safeHref(input) !== null;
}
