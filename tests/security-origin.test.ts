// isSameOriginRequest as a table: who sent the request × what the browser says about it.
// To add a case, add a row; `headers` are what the browser (or a proxy in front) sent.
import { afterEach, describe, expect, it } from 'vitest';
import { isSameOriginRequest, isUnsafeMethod } from '@/lib/security/origin';

const rows: { description: string; url?: string; headers: Record<string, string>; env?: string; same: boolean }[] = [
  { description: 'no Origin, no Sec-Fetch-Site (curl, server to server)', headers: { host: 'rostrum.test' }, same: true },
  { description: 'our own origin', headers: { host: 'rostrum.test', origin: 'http://rostrum.test' }, same: true },
  { description: 'our own origin, upper-case host', headers: { host: 'rostrum.test', origin: 'http://ROSTRUM.test' }, same: true },
  { description: 'same-origin fetch metadata', headers: { host: 'rostrum.test', origin: 'http://rostrum.test', 'sec-fetch-site': 'same-origin' }, same: true },
  { description: 'typed into the address bar', headers: { host: 'rostrum.test', 'sec-fetch-site': 'none' }, same: true },
  { description: 'another site', headers: { host: 'rostrum.test', origin: 'https://evil.example' }, same: false },
  { description: 'another site, metadata only', headers: { host: 'rostrum.test', 'sec-fetch-site': 'cross-site' }, same: false },
  { description: 'a sibling subdomain', headers: { host: 'rostrum.test', origin: 'http://rostrum.test', 'sec-fetch-site': 'same-site' }, same: false },
  { description: 'opaque origin (sandboxed frame)', headers: { host: 'rostrum.test', origin: 'null' }, same: false },
  { description: 'same host, other scheme', headers: { host: 'rostrum.test', origin: 'https://rostrum.test' }, same: false },
  { description: 'same host, other port', headers: { host: 'rostrum.test', origin: 'http://rostrum.test:8080' }, same: false },
  { description: 'a look-alike suffix', headers: { host: 'rostrum.test', origin: 'http://rostrum.test.evil.example' }, same: false },
  {
    description: 'behind a TLS proxy: https origin, forwarded proto and host',
    headers: { host: '10.0.0.5:3000', origin: 'https://rostrum.example', 'x-forwarded-host': 'rostrum.example', 'x-forwarded-proto': 'https' },
    same: true,
  },
  {
    description: 'NEXTAUTH_URL names the public origin',
    headers: { host: '10.0.0.5:3000', origin: 'https://rostrum.example' },
    env: 'https://rostrum.example',
    same: true,
  },
  { description: 'NEXTAUTH_URL does not make other sites ours', headers: { host: 'rostrum.test', origin: 'https://evil.example' }, env: 'https://rostrum.example', same: false },
];

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

describe('isSameOriginRequest', () => {
  it.each(rows)('$description → $same', ({ url, headers, env, same }) => {
    if (env) process.env.NEXTAUTH_URL = env;
    else delete process.env.NEXTAUTH_URL;
    const request = new Request(url ?? 'http://rostrum.test/api/annotations', { method: 'POST', headers });
    expect(isSameOriginRequest(request)).toBe(same);
  });
});

describe('isUnsafeMethod', () => {
  it.each([
    ['GET', false],
    ['head', false],
    ['OPTIONS', false],
    ['POST', true],
    ['put', true],
    ['DELETE', true],
    ['PATCH', true],
  ])('%s → %s', (method, unsafe) => expect(isUnsafeMethod(method)).toBe(unsafe));
});
