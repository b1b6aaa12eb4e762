// Body limits: the declared size as the proxy reads it, and readJsonBody counting streamed bytes.
import { describe, expect, it } from 'vitest';
import { declaredBodyBytes, readJsonBody } from '@/lib/security/request-limits';

/** A request whose body arrives in chunks without Content-Length, as a chunked upload does. */
function chunked(parts: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  return new Request('http://rostrum.test/api/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('declaredBodyBytes', () => {
  it.each([
    ['absent', null, null],
    ['a number', '123', 123],
    ['zero', '0', 0],
    ['padded', ' 42 ', 42],
    ['negative: refused as too large', '-1', Infinity],
    ['not a number: refused as too large', 'lots', Infinity],
  ])('%s', (_description, value, expected) => {
    const headers = new Headers(value === null ? {} : { 'content-length': value });
    expect(declaredBodyBytes(headers)).toBe(expected);
  });
});

describe('readJsonBody', () => {
  it('parses a body within the limit', async () => {
    const request = new Request('http://rostrum.test/api/x', { method: 'POST', body: JSON.stringify({ a: '批注 😀' }) });
    expect(await readJsonBody(request, 100)).toEqual({ ok: true, value: { a: '批注 😀' } });
  });

  it('refuses a declared size over the limit without reading', async () => {
    const request = new Request('http://rostrum.test/api/x', { method: 'POST', body: 'x'.repeat(101) });
    expect(await readJsonBody(request, 100)).toEqual({ ok: false, reason: 'too_large' });
  });

  it('counts streamed bytes when no size is declared (UTF-8 bytes, not characters)', async () => {
    expect(await readJsonBody(chunked(['"', 'x'.repeat(60), '"']), 100)).toMatchObject({ ok: true });
    expect(await readJsonBody(chunked(['"', '批'.repeat(40), '"']), 100)).toEqual({ ok: false, reason: 'too_large' });
  });

  it.each([
    ['no body', undefined],
    ['not JSON', '{'],
    ['invalid UTF-8', new Uint8Array([0x22, 0xff, 0x22])],
  ])('answers invalid for %s', async (_description, body) => {
    const request = new Request('http://rostrum.test/api/x', { method: 'POST', body });
    expect(await readJsonBody(request, 100)).toEqual({ ok: false, reason: 'invalid' });
  });
});
