import { createHash } from 'node:crypto';

/** sha256 of text after the normalisation every parser applies (BOM removed, CRLF → LF). */
export function contentHash(text: string): string {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalized).digest('hex');
}
