import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { SetClaimInput } from '@/lib/validation/annotations';
import { ownAnnotationWhere } from './access-rule';
import { insertEvidence } from './evidence';
import type { AnnotationSummary } from './types';
import { getAnnotationSummary } from './read-lists';

/**
 * Makes the viewer's own annotation a claim of `type` with `status`. Moving to any status but
 * `unverified` needs evidence: `evidence` added in this call or `evidenceId` of evidence already
 * on this annotation; else AppError('invalid'). Every change of status is recorded (who, from,
 * to, evidence) in the same transaction. A concurrent change of the status: AppError('conflict').
 * For now only the author may (teams come later); anyone else gets AppError('not_found').
 */
export async function setClaim(viewer: Viewer, id: string, input: Omit<SetClaimInput, 'id'>): Promise<AnnotationSummary> {
  await getPrisma().$transaction(async (tx) => {
    const own = ownAnnotationWhere(viewer, id);
    const current = await tx.annotation.findFirst({ where: own, select: { claimStatus: true } });
    if (!current) throw new AppError('not_found');

    let evidenceId: string | null = null;
    if (input.evidence) {
      evidenceId = (await insertEvidence(tx, viewer, id, input.evidence)).id;
    } else if (input.evidenceId) {
      const existing = await tx.claimEvidence.findFirst({ where: { id: input.evidenceId, annotationId: id }, select: { id: true } });
      if (!existing) throw new AppError('invalid', 'That evidence does not belong to this claim');
      evidenceId = existing.id;
    }
    const changes = current.claimStatus !== input.status;
    if (changes && input.status !== 'unverified' && !evidenceId) {
      throw new AppError('invalid', `Evidence is required for status ${input.status}`);
    }
    // Conditional on the status we read, so two concurrent changes cannot both record "from".
    const { count } = await tx.annotation.updateMany({
      where: { ...own, claimStatus: current.claimStatus },
      data: { claimType: input.type, claimStatus: input.status },
    });
    if (count === 0) throw new AppError('conflict');
    if (changes) {
      await tx.claimStatusChange.create({
        data: { annotationId: id, actorId: viewer.id, from: current.claimStatus, to: input.status, evidenceId },
      });
    }
  });
  const summary = await getAnnotationSummary(viewer, id);
  if (!summary) throw new AppError('not_found');
  return summary;
}
