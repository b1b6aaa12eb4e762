import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { establishedLinkWhere, visibleLinkWhere } from '@/lib/data/links/access-rule';

export interface ChronicleDayCount {
  /** YYYY-MM-DD. */
  date: string;
  entries: number;
  /** Distinct turns related to the day's entries: confirmed links, or the engine's top three. */
  relatedTurns: number;
}

/** Best suggestions counted as related even before anyone confirms them. */
const TOP_SUGGESTIONS = 3;

/** Per dated day of chronicle `slug`: how many entries, and how many turns relate to them (as the viewer may see links). */
export async function listChronicleDayCounts(viewer: Viewer | null, slug: string): Promise<ChronicleDayCount[]> {
  const prisma = getPrisma();
  const [entries, links] = await Promise.all([
    prisma.chronicleEntry.groupBy({ by: ['date'], where: { chronicle: { slug }, date: { not: null } }, _count: { _all: true }, orderBy: { date: 'asc' } }),
    prisma.turnLink.findMany({
      where: { AND: [visibleLinkWhere(viewer), { chronicleEntry: { chronicle: { slug }, date: { not: null } } }, { OR: [establishedLinkWhere(viewer), { rank: { lte: TOP_SUGGESTIONS } }] }] },
      select: { transcriptId: true, turnIndex: true, chronicleEntry: { select: { date: true } } },
    }),
  ]);
  const turnsByDay = new Map<string, Set<string>>();
  for (const link of links) {
    const day = link.chronicleEntry.date!.toISOString().slice(0, 10);
    const turns = turnsByDay.get(day) ?? new Set<string>();
    turns.add(`${link.transcriptId}:${link.turnIndex}`);
    turnsByDay.set(day, turns);
  }
  return entries.map((row) => {
    const date = row.date!.toISOString().slice(0, 10);
    return { date, entries: row._count._all, relatedTurns: turnsByDay.get(date)?.size ?? 0 };
  });
}
