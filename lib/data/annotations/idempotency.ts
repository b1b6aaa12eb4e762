import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import type { CreateAnnotationInput } from '@/lib/validation/annotations';
import type { AnnotationSummary } from './types';
import { getAnnotationSummary } from './read-lists';
import { createAnnotation } from './write';

/** What a create with an idempotency key did: made the annotation, or found the one made before. */
export interface CreatedOnce {
  annotation: AnnotationSummary;
  created: boolean;
}

/** The viewer's annotation stored under `key`, or null. */
async function findByKey(viewer: Viewer, key: string): Promise<AnnotationSummary | null> {
  const row = await getPrisma().annotation.findFirst({ where: { authorId: viewer.id, idempotencyKey: key }, select: { id: true } });
  return row ? getAnnotationSummary(viewer, row.id) : null;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * createAnnotation, at most once per (viewer, key): a retried or repeated submit gets the
 * annotation the first one stored (`created: false`) instead of a second row. Parallel submits
 * race on the unique index (authorId, idempotencyKey); the losers' transactions roll back whole
 * and they read the winner's row. A key is not checked against the body: reusing one for
 * different content returns the first annotation. Without a key: a plain create.
 */
export async function createAnnotationOnce(viewer: Viewer, input: CreateAnnotationInput, key?: string): Promise<CreatedOnce> {
  if (!key) return { annotation: await createAnnotation(viewer, input), created: true };
  const existing = await findByKey(viewer, key);
  if (existing) return { annotation: existing, created: false };
  try {
    return { annotation: await createAnnotation(viewer, input, key), created: true };
  } catch (error) {
    // Another unique index (a tag made concurrently) can fail too: only the key's row answers.
    const winner = isUniqueViolation(error) ? await findByKey(viewer, key) : null;
    if (!winner) throw error;
    return { annotation: winner, created: false };
  }
}
