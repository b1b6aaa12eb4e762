import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { isSameSpan } from '@/lib/agreement/span-overlap';
import { getPrisma } from '@/lib/db/client';
import { cleanPlainNote } from '@/lib/validation/plain-note';
import { AppError } from '@/lib/errors';
import type { AdjudicateClaimInput } from '@/lib/validation/team';
import { teamClaimsWhere } from './claim-board';
import { MODERATOR_ROLES, activeMemberGroupWhere } from './access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** What a decision changed, for revalidating the board. */
export interface AdjudicationResult {
  groupId: string;
  transcriptSlug: string;
  turnIndex: number;
  start: number;
  end: number;
}

/**
 * Records an owner's or moderator's decision (type, status, note) on a span of the team's
 * claims, in one transaction. The span must be the same span (lib/agreement/span-overlap.ts) as
 * at least one team claim the viewer can see; a decision kept for that span before, under the
 * same or an overlapping key, is replaced. Not an owner/moderator of the active team, an
 * unknown transcript or one the viewer may not read, or a span without team claims: AppError('not_found').
 */
export async function adjudicateClaim(viewer: Viewer, input: AdjudicateClaimInput): Promise<AdjudicationResult> {
  const note = cleanPlainNote(input.note);
  const span = { turnIndex: input.turnIndex, start: input.start, end: input.end };
  return getPrisma().$transaction(async (tx) => {
    const group = await tx.group.findFirst({ where: { id: input.groupId, kind: 'team', ...activeMemberGroupWhere(viewer, MODERATOR_ROLES) }, select: { id: true } });
    const transcript = group && (await tx.transcript.findFirst({ where: { AND: [{ slug: input.transcriptSlug }, visibleTranscriptWhere(viewer)] }, select: { id: true, slug: true } }));
    if (!group || !transcript) throw new AppError('not_found');
    // One decision at a time per team: two moderators deciding at once cannot both insert a key.
    await tx.$queryRaw`SELECT 1 FROM "Group" WHERE id = ${group.id} FOR UPDATE`;

    const claims = await tx.annotation.findMany({
      where: { AND: [teamClaimsWhere(viewer, group.id, transcript.slug), { turn: { index: input.turnIndex } }] },
      select: { start: true, end: true },
    });
    if (!claims.some((claim) => isSameSpan(span, { turnIndex: input.turnIndex, ...claim }))) throw new AppError('not_found');

    const earlier = await tx.claimAdjudication.findMany({
      where: { groupId: group.id, transcriptId: transcript.id, turnIndex: input.turnIndex },
      select: { id: true, start: true, end: true },
    });
    const replaced = earlier.filter((d) => (d.start !== input.start || d.end !== input.end) && isSameSpan(span, { turnIndex: input.turnIndex, ...d }));
    if (replaced.length > 0) await tx.claimAdjudication.deleteMany({ where: { id: { in: replaced.map((d) => d.id) } } });

    const decision = { claimType: input.type, claimStatus: input.status, note, decidedById: viewer.id, decidedAt: new Date() };
    await tx.claimAdjudication.upsert({
      where: { groupId_transcriptId_turnIndex_start_end: { groupId: group.id, transcriptId: transcript.id, ...span } },
      create: { groupId: group.id, transcriptId: transcript.id, ...span, ...decision },
      update: decision,
    });
    return { groupId: group.id, transcriptSlug: transcript.slug, ...span };
  });
}
