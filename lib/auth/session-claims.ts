/** What Rostrum keeps in a session token: the user id and the session version it was issued at. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/**
 * The claims in a next-auth session (as shaped by the `session` callback in auth-options.ts),
 * or null when there is no session or it lacks them, e.g. a token minted before the claims
 * existed. Checks the shape at run time: the session comes from a cookie.
 */
export function readSessionClaims(session: unknown): SessionClaims | null {
  if (typeof session !== 'object' || session === null || !('claims' in session)) return null;
  const claims = (session as { claims: unknown }).claims;
  if (typeof claims !== 'object' || claims === null) return null;
  const { userId, sessionVersion } = claims as Record<string, unknown>;
  if (typeof userId !== 'string' || userId === '' || !Number.isInteger(sessionVersion)) return null;
  return { userId, sessionVersion: sessionVersion as number };
}

/** The claims as a JWT payload: `sub` is the user id, `sv` the session version. */
export function toTokenPayload(claims: SessionClaims): { sub: string; sv: number } {
  return { sub: claims.userId, sv: claims.sessionVersion };
}

/** The claims of a decoded JWT payload, or null (see readSessionClaims). */
export function fromTokenPayload(token: Record<string, unknown>): SessionClaims | null {
  return readSessionClaims({ claims: { userId: token.sub, sessionVersion: token.sv } });
}
