import type { Prisma } from '@/generated/prisma/client';
import { codePointLength } from '@/lib/anchoring/code-points';
import { reanchor } from '@/lib/anchoring/reanchor';
import { buildAnchor } from '@/lib/anchoring/selectors';

/** How the annotations of a transcript fared when a corrected text replaced it. */
export interface ReanchorCounts {
  stayed: number;
  moved: number;
  needsReview: number;
}

/**
 * Moves every annotation of a transcript (every visibility and tombstones too: this is a
 * system operation, not a viewer's read) onto the turns of a new version, inside the import's
 * transaction. Found at the same place: re-pointed only. Found elsewhere: new offsets and the
 * quote, prefix and suffix taken from the new text. Not found: kept with its original quote
 * on the nearest turn and marked `needs_review`. Nothing is ever deleted.
 */
export async function reanchorAnnotations(
  tx: Prisma.TransactionClient,
  transcriptId: string,
  versionId: string,
): Promise<ReanchorCounts> {
  const counts: ReanchorCounts = { stayed: 0, moved: 0, needsReview: 0 };
  const annotations = await tx.annotation.findMany({
    where: { transcriptId },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, turn: { select: { index: true } } },
  });
  if (annotations.length === 0) return counts;
  const turns = await tx.turn.findMany({ where: { versionId }, orderBy: { index: 'asc' }, select: { id: true, index: true, text: true } });
  const byIndex = new Map(turns.map((turn) => [turn.index, turn]));
  for (const annotation of annotations) {
    const { turn, ...anchor } = annotation;
    const result = reanchor({ ...anchor, turnIndex: turn.index }, turns);
    const target = byIndex.get(result.turnIndex) ?? nearestTurn(turns, result.turnIndex);
    if (!target) throw new Error(`transcript ${transcriptId}: the new version has no turns to re-anchor to`);
    if (result.status === 'needs_review') {
      // Keep the original quote so a person can find it again; clamp the span into the turn.
      const length = codePointLength(target.text);
      const start = Math.min(result.start, length);
      await tx.annotation.update({
        where: { id: annotation.id },
        data: { turnId: target.id, start, end: Math.min(Math.max(result.end, start), length), anchorStatus: 'needs_review' },
      });
      counts.needsReview += 1;
      continue;
    }
    const moved = buildAnchor(target.text, result.start, result.end);
    await tx.annotation.update({
      where: { id: annotation.id },
      data: { turnId: target.id, start: moved.start, end: moved.end, exact: moved.exact, prefix: moved.prefix, suffix: moved.suffix, anchorStatus: 'anchored' },
    });
    if (result.status === 'stayed') counts.stayed += 1;
    else counts.moved += 1;
  }
  return counts;
}

/** The turn with the closest index (a correction may have dropped the annotated turn). */
function nearestTurn<T extends { index: number }>(turns: T[], index: number): T | undefined {
  let best: T | undefined;
  for (const turn of turns) if (!best || Math.abs(turn.index - index) < Math.abs(best.index - index)) best = turn;
  return best;
}
