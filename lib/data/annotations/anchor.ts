import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { buildAnchor, checkAnchor, type TextAnchor } from '@/lib/anchoring/selectors';
import { AppError } from '@/lib/errors';
import { visibleCurrentTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** The turn an annotation is made on, and the anchor as the server computed it. */
export interface VerifiedAnchor {
  transcriptId: string;
  turnId: string;
  anchor: TextAnchor;
}

/**
 * Checks a selection against the text of turn `turnIndex` of the current version of `slug`:
 * offsets (code points) inside the turn, a non-empty span, and `exact` equal to that slice.
 * Prefix and suffix are recomputed from the stored text; the client's are never trusted.
 * Throws AppError('not_found') for an unknown transcript or one `viewer` may not read
 * (visibleTranscriptWhere), AppError('invalid') otherwise.
 */
export async function verifyAnchor(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  input: { transcriptSlug: string; turnIndex: number; start: number; end: number; exact: string },
): Promise<VerifiedAnchor> {
  const transcript = await tx.transcript.findFirst({
    where: visibleCurrentTranscriptWhere(viewer, input.transcriptSlug),
    select: { id: true, currentVersion: { select: { turns: { where: { index: input.turnIndex }, select: { id: true, text: true } } } } },
  });
  if (!transcript?.currentVersion) throw new AppError('not_found');
  const turn = transcript.currentVersion.turns[0];
  const where = `Turn ${input.turnIndex}`;
  if (!turn) throw new AppError('invalid', `${where}: no such turn`);
  const anchor = { ...buildAnchor(turn.text, input.start, input.end), exact: input.exact };
  const problem = checkAnchor(turn.text, anchor);
  if (problem) throw new AppError('invalid', `${where}: ${problem}`);
  return { transcriptId: transcript.id, turnId: turn.id, anchor };
}
