import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { AppError } from '@/lib/errors';
import { getCurrentSessionUser, type Viewer } from '@/lib/data/accounts';
import { getAuthOptions } from './auth-options';
import { readSessionClaims } from './session-claims';

/**
 * Reads the signed-in reader afresh: besides the JWT's signature it checks the token's session
 * version against the database (one primary-key query), so a cookie replayed after sign-out
 * counts as signed out.
 */
async function readViewer(): Promise<Viewer | null> {
  const claims = readSessionClaims(await getServerSession(getAuthOptions()));
  if (!claims) return null;
  return getCurrentSessionUser(claims.userId, claims.sessionVersion);
}

/**
 * The signed-in reader, or null. Works in server components, server actions and route
 * handlers. Memoized with React `cache`: during one server render (a page, its layout, the
 * header and account menu) the session is read and checked once and every caller shares the
 * result. `cache` memoizes only inside a render; route handlers and server actions run outside
 * one, so there every call checks again (the live stream, which re-checks on every event, calls
 * getCurrentSessionUser itself). tests/viewer-cache.test.ts proves both.
 */
export const getViewer: () => Promise<Viewer | null> = cache(readViewer);

/** The signed-in reader; throws AppError('unauthenticated') when nobody is signed in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('unauthenticated');
  return viewer;
}
