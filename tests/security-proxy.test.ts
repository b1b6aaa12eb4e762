// proxy.ts as Next calls it: the per-response nonce policy, and the 403/413 refusals.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, cspOptionsFromEnv } from '@/lib/security/csp';
import { proxy } from '@/proxy';

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://rostrum.test${path}`, { method: init.method ?? 'GET', headers: { host: 'rostrum.test', ...init.headers } });
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('proxy: Content-Security-Policy', () => {
  it('sends a strict, nonce-based script policy and hands the same policy to Next in the request', () => {
    const response = proxy(request('/transcripts/x'));
    const policy = response.headers.get('content-security-policy')!;
    expect(directive(policy, 'script-src')).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'form-action')).toBe("form-action 'self'");
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });

  it('makes a new nonce for every response', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => /'nonce-([^']+)'/.exec(proxy(request('/')).headers.get('content-security-policy')!)![1]));
    expect(nonces.size).toBe(50);
  });

  it('allows inline style attributes but no inline or evaluated script in production', () => {
    const policy = buildContentSecurityPolicy('n', { development: false, https: false, formTargets: [] });
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('adapts to development, HTTPS and configured OAuth providers', () => {
    const options = cspOptionsFromEnv({ NODE_ENV: 'development', NEXTAUTH_URL: 'https://rostrum.example', GITHUB_ID: 'a', GITHUB_SECRET: 'b' });
    expect(options).toEqual({ development: true, https: true, formTargets: ['https://github.com'] });
    const policy = buildContentSecurityPolicy('n', options);
    expect(directive(policy, 'script-src')).toContain("'unsafe-eval'");
    expect(directive(policy, 'form-action')).toBe("form-action 'self' https://github.com");
    expect(policy.endsWith('upgrade-insecure-requests')).toBe(true);
  });
});

describe('proxy: refusals', () => {
  const cases: { description: string; path: string; method: string; headers: Record<string, string>; status: number | null }[] = [
    { description: 'cross-site POST to a route handler', path: '/api/annotations', method: 'POST', headers: { origin: 'https://evil.example' }, status: 403 },
    { description: 'cross-site DELETE by fetch metadata', path: '/api/annotations/a1', method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' }, status: 403 },
    { description: 'same-origin POST to a route handler', path: '/api/annotations', method: 'POST', headers: { origin: 'http://rostrum.test' }, status: null },
    { description: 'cross-site GET (a link) to a route handler', path: '/api/annotations', method: 'GET', headers: { origin: 'https://evil.example' }, status: null },
    { description: 'next-auth keeps its own CSRF check', path: '/api/auth/callback/github', method: 'POST', headers: { origin: 'https://github.com' }, status: null },
    { description: 'a declared body over 1 MiB, to a page (server action)', path: '/signin', method: 'POST', headers: { 'content-length': String(1024 * 1024 + 1) }, status: 413 },
    { description: 'a declared body over 1 MiB, to a route handler', path: '/api/annotations', method: 'POST', headers: { origin: 'http://rostrum.test', 'content-length': '5000000' }, status: 413 },
    { description: 'a malformed Content-Length', path: '/api/annotations', method: 'POST', headers: { 'content-length': 'abc' }, status: 413 },
    { description: 'exactly 1 MiB', path: '/signin', method: 'POST', headers: { 'content-length': String(1024 * 1024) }, status: null },
  ];

  it.each(cases)('$description → $status', async ({ path, method, headers, status }) => {
    const response = proxy(request(path, { method, headers }));
    if (status === null) {
      expect(response.headers.get('x-middleware-next')).toBe('1');
    } else {
      expect(response.status).toBe(status);
      expect(Object.keys(await response.json())).toEqual(['error']);
    }
  });
});

describe('proxy: hardening round two', () => {
  it.each(['/transcripts/%00', '/search?q=a%00b', '/api/annotations?transcript=%ED%A0%80', `/search?q=${'x'.repeat(10_000)}`])(
    'refuses %s with 400 and the security headers, before any route runs',
    async (path) => {
      const response = proxy(request(path));
      expect(response.status).toBe(400);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-middleware-next')).toBeNull();
      expect(await response.text()).toMatch(/^Bad request: /);
    },
  );

  it('refuses a cross-site server action with 403 (Next itself would answer 500)', () => {
    const action = (origin: string) => proxy(request('/groups', { method: 'POST', headers: { 'next-action': 'abc123', origin } }));
    expect(action('https://evil.example').status).toBe(403);
    expect(action('http://rostrum.test').headers.get('x-middleware-next')).toBe('1');
  });

  it('sends HSTS only on answers to https requests', () => {
    expect(proxy(request('/')).headers.get('strict-transport-security')).toBeNull();
    const https = proxy(new NextRequest('https://rostrum.test/', { headers: { host: 'rostrum.test' } }));
    expect(https.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(proxy(request('/', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toMatch(/^max-age=/);
  });
});
