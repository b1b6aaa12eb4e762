import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { MAX_LINK_NOTE_LENGTH, type AddLinkInput, type JudgeLinkInput } from '@/lib/validation/links';
import { visibleLinkWhere } from './access-rule';
import { groupIdForVisibility } from '@/lib/data/groups/access-rule';
import { visibleCurrentTurnWhere, visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';
import { cleanPlainNote } from '@/lib/validation/plain-note';
import type { LinkVerdictName, LinkVisibilityName, LinkWriteResult } from './types';

/** A note as stored (cleanPlainNote), within the link note limit. */
function cleanNote(note: string | undefined): string | null {
  const cleaned = cleanPlainNote(note);
  if (cleaned && cleaned.length > MAX_LINK_NOTE_LENGTH) throw new AppError('invalid', `A note may have at most ${MAX_LINK_NOTE_LENGTH} characters`);
  return cleaned;
}

/** Creates or replaces the viewer's one judgment of a link (the unique key is link + user). */
async function upsertJudgment(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  linkId: string,
  judgment: { verdict: LinkVerdictName; note: string | null; visibility: LinkVisibilityName; groupId: string | null },
): Promise<void> {
  await tx.linkJudgment.upsert({
    where: { linkId_userId: { linkId, userId: viewer.id } },
    create: { linkId, userId: viewer.id, ...judgment },
    update: judgment,
  });
}

async function judgeLink(viewer: Viewer, input: JudgeLinkInput, verdict: LinkVerdictName): Promise<LinkWriteResult> {
  const note = cleanNote(input.note);
  return getPrisma().$transaction(async (tx) => {
    // Checking and fetching are one query: a link the viewer may not see is "not found".
    const link = await tx.turnLink.findFirst({
      where: { AND: [{ id: input.linkId }, visibleLinkWhere(viewer)] },
      select: { id: true, turnIndex: true, transcript: { select: { slug: true } } },
    });
    if (!link) throw new AppError('not_found');
    const visibility = input.visibility ?? 'private';
    const groupId = await groupIdForVisibility(tx, viewer, visibility, input.groupId);
    await upsertJudgment(tx, viewer, link.id, { verdict, note, visibility, groupId });
    return { linkId: link.id, transcriptSlug: link.transcript.slug, turnIndex: link.turnIndex };
  });
}

/**
 * Records that the viewer confirms a link they may see (replacing an earlier verdict of theirs).
 * `group` visibility needs the id of an active group the viewer belongs to (lib/data/link-groups.ts);
 * a link the viewer may not see, or a group they are not in: AppError('not_found').
 */
export function confirmLink(viewer: Viewer, input: JudgeLinkInput): Promise<LinkWriteResult> {
  return judgeLink(viewer, input, 'confirmed');
}

/** Records that the viewer rejects a link they may see (replacing an earlier verdict of theirs). */
export function rejectLink(viewer: Viewer, input: JudgeLinkInput): Promise<LinkWriteResult> {
  return judgeLink(viewer, input, 'rejected');
}

/**
 * Withdraws the viewer's own judgment; anyone else's, or none, is AppError('not_found'). A
 * manual link its adder stops confirming goes too, unless others judged it or the engine ranks it.
 */
export async function withdrawJudgment(viewer: Viewer, judgmentId: string): Promise<LinkWriteResult & { linkRemoved: boolean }> {
  return getPrisma().$transaction(async (tx) => {
    // Writes as strictly as reads: a judgment on a transcript the viewer lost is not theirs to change.
    const own = { id: judgmentId, userId: viewer.id, link: { transcript: visibleTranscriptWhere(viewer) } };
    const judgment = await tx.linkJudgment.findFirst({
      where: own,
      select: { link: { select: { id: true, turnIndex: true, transcript: { select: { slug: true } } } } },
    });
    if (!judgment) throw new AppError('not_found');
    await tx.linkJudgment.deleteMany({ where: { id: judgmentId, userId: viewer.id } });
    const { link } = judgment;
    const adders = { id: link.id, origin: 'manual', addedById: viewer.id, rank: null } as const;
    const deleted = await tx.turnLink.deleteMany({ where: { ...adders, judgments: { none: {} } } });
    // Kept alive only by others' judgments: the link stops being shown as the adder's (their
    // visibility no longer applies), so it shows exactly where those judgments may be read.
    if (deleted.count === 0) await tx.turnLink.updateMany({ where: adders, data: { visibility: 'private', groupId: null } });
    // "Removed" means gone for this viewer, whether deleted or kept for someone else's judgment
    // they may not see; telling those apart would reveal that private judgment.
    const stillVisible = await tx.turnLink.findFirst({ where: { AND: [{ id: link.id }, visibleLinkWhere(viewer)] }, select: { id: true } });
    return { linkId: link.id, transcriptSlug: link.transcript.slug, turnIndex: link.turnIndex, linkRemoved: !stillVisible };
  });
}

/**
 * Links turn `turnIndex` of the current version of a transcript to a chronicle entry by hand,
 * with the adder's confirmation (note and visibility as given; the link's visibility is the
 * adder's choice; `group` needs an active group the viewer belongs to, else AppError('not_found')).
 * If that link exists already (suggested, or added by someone else), the
 * viewer's confirmation is added to it. An unknown transcript or turn, or a transcript the viewer
 * may not read (visibleTranscriptWhere): AppError('not_found');
 * an unknown entry: AppError('invalid').
 */
export async function addLink(viewer: Viewer, input: AddLinkInput): Promise<LinkWriteResult> {
  const note = cleanNote(input.note);
  const visibility = input.visibility ?? 'private';
  const { turnIndex } = input;
  return getPrisma().$transaction(async (tx) => {
    const turn = await tx.turn.findFirst({
      where: { AND: [{ index: turnIndex }, visibleCurrentTurnWhere(viewer, input.transcriptSlug)] },
      select: { version: { select: { transcriptId: true } } },
    });
    if (!turn) throw new AppError('not_found');
    const groupId = await groupIdForVisibility(tx, viewer, visibility, input.groupId);
    const entry = await tx.chronicleEntry.findUnique({ where: { id: input.chronicleEntryId }, select: { id: true } });
    if (!entry) throw new AppError('invalid', 'That chronicle entry does not exist');
    const key = { transcriptId: turn.version.transcriptId, turnIndex, chronicleEntryId: entry.id };
    const link = await tx.turnLink.upsert({
      where: { transcriptId_turnIndex_chronicleEntryId: key },
      create: { ...key, origin: 'manual', addedById: viewer.id, visibility, groupId },
      update: {},
      select: { id: true },
    });
    await upsertJudgment(tx, viewer, link.id, { verdict: 'confirmed', note, visibility, groupId });
    return { linkId: link.id, transcriptSlug: input.transcriptSlug, turnIndex };
  });
}
