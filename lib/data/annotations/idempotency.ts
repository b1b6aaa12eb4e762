import 'server-only';
import { createHash } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { CreateAnnotationInput } from '@/lib/validation/annotations';
import type { AnnotationSummary } from './types';
import { getAnnotationSummary } from './read-lists';
import { createAnnotation } from './write';

/** What a create with an idempotency key did: made the annotation, or found the one made before. */
export interface CreatedOnce {
  annotation: AnnotationSummary;
  created: boolean;
}

/**
 * The viewer's annotation stored under `key`, or null; AppError('key_reused') when it was
 * stored for a request other than the one with `fingerprint` (a row from before fingerprints
 * were kept, null, matches any).
 */
async function findByKey(viewer: Viewer, key: string, fingerprint: string): Promise<AnnotationSummary | null> {
  const row = await getPrisma().annotation.findFirst({ where: { authorId: viewer.id, idempotencyKey: key }, select: { id: true, idempotencyFingerprint: true } });
  if (!row) return null;
  if (row.idempotencyFingerprint !== null && row.idempotencyFingerprint !== fingerprint) throw new AppError('key_reused');
  return getAnnotationSummary(viewer, row.id);
}

/** sha256 of the validated input with its keys sorted: the same request, whatever its key order. */
function fingerprintOf(input: CreateAnnotationInput): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sorted(v)]))
        : value;
  return createHash('sha256').update(JSON.stringify(sorted(input))).digest('hex');
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * createAnnotation, at most once per (viewer, key): a retried or repeated submit gets the
 * annotation the first one stored (`created: false`) instead of a second row. Parallel submits
 * race on the unique index (authorId, idempotencyKey); the losers' transactions roll back whole
 * and they read the winner's row. A key reused for a different request (another body) is
 * refused with AppError('key_reused') (HTTP 422) instead of answering with the first
 * annotation. Without a key: a plain create.
 */
export async function createAnnotationOnce(viewer: Viewer, input: CreateAnnotationInput, key?: string): Promise<CreatedOnce> {
  if (!key) return { annotation: await createAnnotation(viewer, input), created: true };
  const fingerprint = fingerprintOf(input);
  const existing = await findByKey(viewer, key, fingerprint);
  if (existing) return { annotation: existing, created: false };
  try {
    return { annotation: await createAnnotation(viewer, input, { key, fingerprint }), created: true };
  } catch (error) {
    // Another unique index (a tag made concurrently) can fail too: only the key's row answers.
    const winner = isUniqueViolation(error) ? await findByKey(viewer, key, fingerprint) : null;
    if (!winner) throw error;
    return { annotation: winner, created: false };
  }
}
