import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/auth-options';

/**
 * next-auth's own endpoints: OAuth redirects and callbacks, `/api/auth/session`, and the
 * Credentials callback (the same throttled check as the sign-in form). Options are built on
 * the first request, so `next build` needs no secret.
 */
function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
