// No 'server-only' here: the benchmark CLI runs this outside Next.
import type { TextAnchor } from '@/lib/anchoring/selectors';
import type { PrismaClient } from '@/lib/db/client';

/** One stored annotation's anchor: its turn's index, code-point offsets within the turn, quote and context. */
export interface StoredAnchor extends TextAnchor {
  turnIndex: number;
}

/**
 * The anchors of every annotation of transcript `slug` (every version, visibility, hidden ones
 * and tombstones: a system read for CLIs, not a viewer's), in no particular order, on the CLI's
 * own client.
 */
export async function listStoredAnchors(prisma: PrismaClient, slug: string): Promise<StoredAnchor[]> {
  const rows = await prisma.annotation.findMany({
    where: { transcript: { slug } },
    select: { start: true, end: true, exact: true, prefix: true, suffix: true, turn: { select: { index: true } } },
  });
  return rows.map(({ turn, ...anchor }) => ({ ...anchor, turnIndex: turn.index }));
}
