import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveAuthSecret } from '@/lib/auth/auth-secret';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { clientAddress, trustedProxyHops } from '@/lib/auth/client-address';
import { fromTokenPayload, readSessionClaims, toTokenPayload } from '@/lib/auth/session-claims';

describe('safeCallbackUrl', () => {
  it.each([
    { description: 'a path', value: '/transcripts/a?speaker=b#turn-3', expected: '/transcripts/a?speaker=b#turn-3' },
    { description: 'the home page', value: '/', expected: '/' },
    { description: 'nothing', value: undefined, expected: '/' },
    { description: 'an array (repeated query parameter)', value: ['/a', '/b'], expected: '/' },
    { description: 'an absolute URL', value: 'https://evil.example/', expected: '/' },
    { description: 'a protocol-relative URL', value: '//evil.example/', expected: '/' },
    { description: 'a backslash trick', value: '/\\evil.example', expected: '/' },
    { description: 'a tab inside the slashes', value: '/\t/evil.example', expected: '/' },
    { description: 'javascript:', value: 'javascript:alert(1)', expected: '/' },
    { description: 'the sign-in page itself', value: '/signin?callbackUrl=/x', expected: '/' },
    { description: 'a relative path', value: 'transcripts', expected: '/' },
    // Regressions (hardening round two): checked raw, answered resolved.
    { description: 'a dot segment before the slashes', value: '/.//evil.example/phish', expected: '/' },
    { description: 'a parent segment before the slashes', value: '/a/..//evil.example', expected: '/' },
    { description: 'an encoded dot segment', value: '/%2e//evil.example', expected: '/' },
    { description: 'an encoded dot segment in upper case', value: '/%2E%2E//evil.example', expected: '/' },
    { description: 'a backslash after a dot segment', value: '/./\\evil.example', expected: '/' },
    { description: 'dot segments that stay on the site', value: '/a/../transcripts/x', expected: '/transcripts/x' },
    { description: 'the sign-up page reached through a dot segment', value: '/x/../signup', expected: '/' },
  ])('$description → $expected', ({ value, expected }) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});

describe('clientAddress', () => {
  const PEER = 'x-rostrum-peer-address';
  it.each<{ description: string; headers: Record<string, string>; hops?: number; expected: string | null }>([
    { description: 'the TCP peer, whatever X-Forwarded-For says (no trusted proxy)', headers: { 'x-forwarded-for': '203.0.113.5, 10.0.0.1', [PEER]: '192.0.2.7' }, expected: '192.0.2.7' },
    { description: 'the last X-Forwarded-For entry behind one trusted proxy', headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.5', [PEER]: '10.0.0.1' }, hops: 1, expected: '203.0.113.5' },
    { description: 'two trusted proxies', headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.0.0.2', [PEER]: '10.0.0.1' }, hops: 2, expected: '203.0.113.5' },
    { description: 'the leftmost entry when the chain is shorter than the hops', headers: { [PEER]: '198.51.100.3' }, hops: 2, expected: '198.51.100.3' },
    { description: 'the last X-Forwarded-For entry without the peer header (next dev)', headers: { 'x-forwarded-for': '203.0.113.5, 10.0.0.1' }, expected: '10.0.0.1' },
    { description: 'an IPv4-mapped IPv6 peer', headers: { [PEER]: '::ffff:127.0.0.1' }, expected: '127.0.0.1' },
    { description: 'an IPv6 peer, cut to its /64', headers: { [PEER]: '2001:DB8:0:1:aaaa::5' }, expected: '2001:db8:0:1::/64' },
    { description: 'a compressed IPv6 address', headers: { 'x-forwarded-for': '2001:db8::1' }, expected: '2001:db8:0:0::/64' },
    { description: 'loopback IPv6', headers: { [PEER]: '::1' }, expected: '0:0:0:0::/64' },
    { description: 'junk', headers: { 'x-forwarded-for': 'not-an-address' }, expected: null },
    { description: 'X-Real-IP alone (a client can write it)', headers: { 'x-real-ip': '198.51.100.2' }, expected: null },
    { description: 'nothing', headers: {}, expected: null },
  ])('reads $description', ({ headers, hops, expected }) => {
    expect(clientAddress(new Headers(headers), hops ?? 0)).toBe(expected);
  });

  it('takes its hop count from TRUSTED_PROXY_HOPS, 0 unless a small whole number', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '2' })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '-1' })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: 'lots' })).toBe(0);
  });
});

describe('session claims', () => {
  it('round-trips through a token payload', () => {
    const payload = toTokenPayload({ userId: 'u1', sessionVersion: 3 });
    expect(payload).toEqual({ sub: 'u1', sv: 3 });
    expect(fromTokenPayload({ ...payload, iat: 1, exp: 2, jti: 'x' })).toEqual({ userId: 'u1', sessionVersion: 3 });
  });

  it.each([
    { description: 'no session', session: null },
    { description: 'a session without claims (another token shape)', session: { user: { name: 'A' }, expires: '' } },
    { description: 'claims without a version', session: { claims: { userId: 'u1' } } },
    { description: 'a non-integer version', session: { claims: { userId: 'u1', sessionVersion: '1' } } },
    { description: 'an empty user id', session: { claims: { userId: '', sessionVersion: 0 } } },
  ])('reads $description as signed out', ({ session }) => {
    expect(readSessionClaims(session)).toBeNull();
  });
});

describe('resolveAuthSecret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rostrum-secret-'));
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prefers NEXTAUTH_SECRET', () => {
    vi.stubEnv('NEXTAUTH_SECRET', 'from-the-environment');
    expect(resolveAuthSecret(join(dir, 'unused'))).toBe('from-the-environment');
  });

  it('otherwise generates one secret, keeps it private and reuses it', () => {
    vi.stubEnv('NEXTAUTH_SECRET', '');
    vi.stubEnv('AUTH_SECRET', '');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const path = join(dir, 'nested', 'auth-secret');
    const first = resolveAuthSecret(path);
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(resolveAuthSecret(path)).toBe(first);
    expect(readFileSync(path, 'utf8').trim()).toBe(first);
    expect(statSync(path).mode & 0o077).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
