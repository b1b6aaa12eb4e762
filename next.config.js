// Headers every response carries. The CSP leaves scripts to a later nonce-based policy (Next's
// inline bootstrap scripts need one) but already forbids framing and plugins.
const securityHeaders = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Parallel builds (several e2e servers on one checkout) each need their own output directory.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // pg and the WASM database stay outside the bundle; they load from node_modules at run time.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
