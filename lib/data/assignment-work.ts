import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';

/** Where a new annotation sits, for checking it against an assignment's passage. */
export interface AssignmentWorkTarget {
  assignmentId: string | undefined;
  /** The group the annotation is visible to (null unless `group` visibility). */
  groupId: string | null;
  transcriptId: string;
  turnIndex: number;
  anchor: { start: number; end: number };
}

/**
 * The assignment id to store with a new annotation, or null without one. Placeholder until the
 * classes work lands: any assignment id is refused as not found.
 */
export async function resolveAssignmentWork(_tx: Prisma.TransactionClient, _viewer: Viewer, target: AssignmentWorkTarget): Promise<string | null> {
  if (target.assignmentId === undefined) return null;
  throw new AppError('not_found');
}
