// Headers every response carries, static files included. Pages and route handlers also get the
// full nonce-based Content-Security-Policy from proxy.ts (a nonce must be fresh per response);
// this baseline one only forbids framing and plugins, so it never conflicts with it.
const securityHeaders = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Parallel builds (several e2e servers on one checkout) each need their own output directory.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // pg and the WASM database stay outside the bundle; they load from node_modules at run time.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2'],
  experimental: {
    // Next's own limit on a server action's body (413 above it): the import form's, a 5 MB file
    // plus its text (MAX_IMPORT_BODY_BYTES in lib/security/request-limits.ts). proxy.ts refuses a
    // declared body above 1 MiB (MAX_DECLARED_BODY_BYTES) on every other path.
    serverActions: { bodySizeLimit: '11mb' },
    // How much of a body Next buffers for the proxy; route handlers read at most 64 KiB anyway.
    proxyClientMaxBodySize: '11mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
