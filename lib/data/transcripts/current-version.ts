// No 'server-only' here: the benchmark, load and probe CLIs run this outside Next.
import type { PrismaClient } from '@/lib/db/client';

/** A transcript's current version as CLIs work with it: its raw text and its turns. */
export interface CurrentVersionText {
  transcriptId: string;
  /** The text the current version was imported from. */
  rawText: string;
  /** In reading order; `text` is the turn's paragraphs joined with "\n". */
  turns: { id: string; index: number; text: string }[];
}

/**
 * The current version of transcript `slug` (raw text and turns), or null when there is no such
 * transcript or it has no current version. A system read for CLIs (no viewer: transcripts are
 * public), on the CLI's own client.
 */
export async function getCurrentVersionText(prisma: PrismaClient, slug: string): Promise<CurrentVersionText | null> {
  const transcript = await prisma.transcript.findUnique({
    where: { slug },
    select: { id: true, currentVersion: { select: { rawText: true, turns: { orderBy: { index: 'asc' }, select: { id: true, index: true, text: true } } } } },
  });
  if (!transcript?.currentVersion) return null;
  return { transcriptId: transcript.id, rawText: transcript.currentVersion.rawText, turns: transcript.currentVersion.turns };
}

/** Slugs of every transcript that has a current version (in no particular order), for CLIs that visit them all. */
export async function listCurrentTranscriptSlugs(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.transcript.findMany({ where: { currentVersionId: { not: null } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}
