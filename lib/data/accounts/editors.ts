import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { UserSummary } from './users';
import type { Viewer } from './viewer';

/**
 * The e-mail addresses in ROSTRUM_EDITOR_EMAILS (comma-separated), trimmed and lower-cased.
 * Read on every call, so a changed variable applies to the next request without a rebuild.
 */
export function configuredEditorEmails(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.ROSTRUM_EDITOR_EMAILS ?? '')
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter((email) => email.length > 0);
}

/**
 * Whether `viewer` is an instance editor (may make a transcript public or take a public one
 * back): their account carries the role (granted by an editor), or its e-mail is in
 * ROSTRUM_EDITOR_EMAILS. Read from the database on every call (one primary-key query), so a
 * grant applies at once; signed out: false.
 */
export async function isInstanceEditor(viewer: Viewer | null): Promise<boolean> {
  if (!viewer) return false;
  const user = await getPrisma().user.findUnique({ where: { id: viewer.id }, select: { email: true, isEditor: true } });
  if (!user) return false;
  return user.isEditor || configuredEditorEmails().includes(user.email.toLowerCase());
}

/**
 * Grants the editor role to the account with `email` (normalised, as stored). Only an editor
 * may; anyone else, like an unknown address, gets AppError('not_found'), so nobody learns which
 * addresses have accounts. Granting it twice changes nothing.
 */
export async function grantEditorRole(viewer: Viewer, email: string): Promise<UserSummary> {
  if (!(await isInstanceEditor(viewer))) throw new AppError('not_found');
  const target = email.trim().toLowerCase();
  const prisma = getPrisma();
  const { count } = await prisma.user.updateMany({ where: { email: target }, data: { isEditor: true } });
  if (count === 0) throw new AppError('not_found');
  return prisma.user.findUniqueOrThrow({ where: { email: target }, select: { id: true, name: true, email: true } });
}
