import 'server-only';
import { getServerSession } from 'next-auth';
import { AppError } from '@/lib/errors';
import { getCurrentSessionUser, type Viewer } from '@/lib/data/accounts';
import { getAuthOptions } from './auth-options';
import { readSessionClaims } from './session-claims';

/**
 * The signed-in reader, or null. Works in server components, server actions and route
 * handlers. Besides the JWT's signature it checks the token's session version against the
 * database (one primary-key query), so a cookie replayed after sign-out counts as signed out.
 */
export async function getViewer(): Promise<Viewer | null> {
  const claims = readSessionClaims(await getServerSession(getAuthOptions()));
  if (!claims) return null;
  return getCurrentSessionUser(claims.userId, claims.sessionVersion);
}

/** The signed-in reader; throws AppError('unauthenticated') when nobody is signed in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('unauthenticated');
  return viewer;
}
