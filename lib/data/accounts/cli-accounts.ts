// No 'server-only' here: the benchmark, load and probe CLIs run this outside Next.
import type { PrismaClient } from '@/lib/db/client';

/**
 * Creates an account for a CLI (a benchmark reader, a probe author) on the CLI's own client:
 * with `passwordHash` (lib/auth/password.ts) it can sign in, without it it only authors rows.
 * `email` must be normalised and unused.
 */
export async function createCliAccount(prisma: PrismaClient, input: { name: string; email: string; passwordHash?: string }): Promise<{ id: string }> {
  return prisma.user.create({ data: input, select: { id: true } });
}

/**
 * Removes an account a CLI made, with its annotations (first, so nothing points at the user).
 * Anything else that points at the user (replies, judgments, memberships) makes it fail.
 */
export async function deleteCliAccount(prisma: PrismaClient, userId: string): Promise<void> {
  await prisma.annotation.deleteMany({ where: { authorId: userId } });
  await prisma.user.delete({ where: { id: userId } });
}
