// No 'server-only' here: the benchmark CLI runs this outside Next.
import type { PrismaClient } from '@/lib/db/client';
import type { LinkableEntry, LinkableTurn } from '@/lib/linking';

/** What the link engine (lib/linking suggestForTranscript) ranks for one transcript. */
export interface LinkSuggestionInput {
  /** ISO 8601: when the conference was held, else when its first dated turn was posted; or null. */
  heldAt: string | null;
  /** The current version's turns in reading order. */
  turns: LinkableTurn[];
  /** Every chronicle entry, in chronicle order; `date` is `YYYY-MM-DD` or null. */
  entries: LinkableEntry[];
}

/**
 * The inputs refreshSuggestedLinks ranks for transcript `slug`, read outside a transaction so
 * a CLI can time the ranking alone; null when there is no such transcript or it has no current
 * version. A system read (no viewer), on the CLI's own client.
 */
export async function getLinkSuggestionInput(prisma: PrismaClient, slug: string): Promise<LinkSuggestionInput | null> {
  const [transcript, entries] = await Promise.all([
    prisma.transcript.findUnique({
      where: { slug },
      select: {
        heldAt: true,
        currentVersion: { select: { turns: { orderBy: { index: 'asc' }, select: { index: true, text: true, postedAt: true, speaker: { select: { role: true } } } } } },
      },
    }),
    prisma.chronicleEntry.findMany({ orderBy: [{ chronicleId: 'asc' }, { position: 'asc' }], select: { id: true, date: true, text: true } }),
  ]);
  if (!transcript?.currentVersion) return null;
  const turns = transcript.currentVersion.turns;
  return {
    heldAt: (transcript.heldAt ?? turns.find((turn) => turn.postedAt)?.postedAt ?? null)?.toISOString() ?? null,
    turns: turns.map((turn) => ({ index: turn.index, text: turn.text, role: turn.speaker.role })),
    entries: entries.map((entry) => ({ id: entry.id, date: entry.date?.toISOString().slice(0, 10) ?? null, text: entry.text })),
  };
}
