/** What the policy depends on besides the nonce. */
export interface CspOptions {
  /** `next dev` evaluates code for fast refresh and talks to its HMR socket. */
  development: boolean;
  /** Served over HTTPS (NEXTAUTH_URL): ask browsers to upgrade any stray http:// subresource. */
  https: boolean;
  /** Origins a sign-in form may be redirected to (configured OAuth providers). */
  formTargets: string[];
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of one page response.
 * - script-src: only scripts carrying this response's nonce (Next puts it on its bootstrap and
 *   chunk tags when it finds it in the request's CSP header) and, through 'strict-dynamic',
 *   the chunks those load, e.g. the lazily loaded tiptap editor. No 'unsafe-inline', no hosts.
 * - style-src 'unsafe-inline': React writes `style` attributes (positions of popovers, tiptap's
 *   and ProseMirror's own inline styles), and nonces cannot cover attributes; a nonce in
 *   style-src would also make browsers ignore 'unsafe-inline'. Styles cannot run code, so this
 *   costs little, while scripts stay strict.
 */
export function buildContentSecurityPolicy(nonce: string, options: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(options.development ? ['ws:'] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'", ...options.formTargets],
    ['frame-ancestors', "'none'"],
  ];
  if (options.https) directives.push(['upgrade-insecure-requests']);
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The options for this process, from its environment. */
export function cspOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CspOptions {
  const formTargets: string[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) formTargets.push('https://github.com');
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) formTargets.push('https://accounts.google.com');
  return {
    development: env.NODE_ENV === 'development',
    https: env.NEXTAUTH_URL?.startsWith('https://') ?? false,
    formTargets,
  };
}
