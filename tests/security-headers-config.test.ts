// next.config.js (plain JS, read by Next) and lib/security/security-headers.ts (read by our
// server and the proxy) must send the same baseline headers.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '@/lib/security/security-headers';

describe('security headers', () => {
  it('next.config.js sends exactly SECURITY_HEADERS on every path', async () => {
    const { default: nextConfig } = (await import(pathToFileURL(resolve('next.config.js')).href)) as { default: NextConfig };
    expect(await nextConfig.headers!()).toEqual([{ source: '/:path*', headers: SECURITY_HEADERS }]);
  });
});
