/**
 * The site's public origin for links inside exported files: NEXTAUTH_URL when configured
 * (behind a proxy the request's own URL may be internal), else the request's origin.
 */
export function publicBase(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
