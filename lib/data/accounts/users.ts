import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** A user as the rest of the app sees them: never the password hash. */
export interface UserSummary {
  id: string;
  name: string;
  email: string;
}

/** What a new session token carries besides the user id: the version sign-out bumps. */
export interface SessionUser extends UserSummary {
  sessionVersion: number;
}

const SUMMARY = { id: true, name: true, email: true } as const;
const SESSION_USER = { ...SUMMARY, sessionVersion: true } as const;

/**
 * Creates a password account. `email` must already be normalised (lib/validation/auth.ts).
 * Throws AppError('conflict') when the email is taken; the unique index decides, so two
 * simultaneous sign-ups with one email cannot both succeed.
 */
export async function createUserWithPassword(input: { name: string; email: string; passwordHash: string }): Promise<SessionUser> {
  try {
    return await getPrisma().user.create({ data: input, select: SESSION_USER });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'An account with this email already exists', { cause: error });
    }
    throw error;
  }
}

/** The account for a password sign-in, with its hash, or null. `email` must be normalised. */
export async function findUserForSignIn(email: string): Promise<(SessionUser & { passwordHash: string | null }) | null> {
  return getPrisma().user.findUnique({ where: { email }, select: { ...SESSION_USER, passwordHash: true } });
}

/**
 * The user an OAuth provider vouched for, created on first sign-in (without a password).
 * Only call it with an email the provider has verified: the account is matched by email.
 */
export async function upsertOAuthUser(input: { email: string; name: string }): Promise<SessionUser> {
  return getPrisma().user.upsert({
    where: { email: input.email },
    create: { email: input.email, name: input.name },
    update: {},
    select: SESSION_USER,
  });
}

/**
 * The user behind a session token, or null when the token is stale: the user is gone or has
 * signed out since the token was issued (its `sessionVersion` moved on). One primary-key
 * lookup; the version check sits in the `where`, so checking and fetching are one query.
 */
export async function getCurrentSessionUser(userId: string, sessionVersion: number): Promise<UserSummary | null> {
  return getPrisma().user.findFirst({ where: { id: userId, sessionVersion }, select: SUMMARY });
}

/**
 * Ends every session of the user issued at `sessionVersion` by moving the version on. A token
 * that is already stale changes nothing, so a replayed old cookie cannot sign anyone out.
 * Returns true when a session was ended.
 */
export async function endUserSessions(userId: string, sessionVersion: number): Promise<boolean> {
  const { count } = await getPrisma().user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
  return count === 1;
}
