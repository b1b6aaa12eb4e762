/**
 * Request body limits. Route handlers take JSON of at most MAX_API_BODY_BYTES (the largest
 * legitimate body, an annotation with a 2000-character note and 20 tags, is a few KiB).
 * Server actions are limited by Next itself (`serverActions.bodySizeLimit` in next.config.js,
 * 1 MB, room for a pasted transcript); the proxy refuses any declared body above
 * MAX_DECLARED_BODY_BYTES before Next buffers it.
 */
export const MAX_API_BODY_BYTES = 64 * 1024;

/** The largest `Content-Length` any request may declare (server actions' limit, 1 MiB). */
export const MAX_DECLARED_BODY_BYTES = 1024 * 1024;

/** The largest body a POST to the import page may declare: a 5 MB file plus up to 5 MB of text (and the form's fields). */
export const MAX_IMPORT_BODY_BYTES = 11 * 1024 * 1024;

/** The declared-body limit of a request to `pathname` with `method`: the import page's POST, else MAX_DECLARED_BODY_BYTES. */
export function maxDeclaredBodyBytes(method: string, pathname: string): number {
  return method === 'POST' && pathname === '/import' ? MAX_IMPORT_BODY_BYTES : MAX_DECLARED_BODY_BYTES;
}

/**
 * The body size a request declares in Content-Length, or null when it declares none (chunked);
 * a malformed value counts as infinitely large so it is refused, never trusted.
 */
export function declaredBodyBytes(headers: Headers): number | null {
  const value = headers.get('content-length');
  if (value === null) return null;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.POSITIVE_INFINITY;
}

/**
 * Reads a JSON body of at most `maxBytes`, counting bytes as they stream in, so a chunked body
 * without Content-Length cannot exceed the limit either. Answers `too_large` or `invalid`
 * instead of throwing.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number = MAX_API_BODY_BYTES,
): Promise<{ ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'invalid' }> {
  const declared = declaredBodyBytes(request.headers);
  if (declared !== null && declared > maxBytes) return { ok: false, reason: 'too_large' };
  if (!request.body) return { ok: false, reason: 'invalid' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too_large' };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))) };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}
