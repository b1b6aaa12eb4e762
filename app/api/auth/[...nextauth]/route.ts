import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { refuseUnsafeAuthCallback } from '@/lib/auth/callback-url';
import { lockedSignInResponse } from '@/lib/auth/sign-in-lock';

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

/**
 * next-auth's own endpoints: OAuth redirects and callbacks, `/api/auth/session`, and the
 * Credentials callback (the same throttled check as the sign-in form). Options are built on
 * the first request, so `next build` needs no secret.
 */
function handler(request: NextRequest, context: Context) {
  return refuseUnsafeAuthCallback(request) ?? NextAuth(request, context, getAuthOptions());
}

/** As `handler`, but a locked account or address gets HTTP 429 on the credentials callback. */
async function post(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const locked = await lockedSignInResponse(request);
    if (locked) return locked;
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
