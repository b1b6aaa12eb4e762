import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import type { SpeakerRole } from '@/lib/transcript';
import { visibleCurrentTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** One turn of a transcript's current version with what its own page shows. */
export interface TurnPageData {
  transcript: { slug: string; title: string; timezone: string; turnCount: number };
  turn: {
    index: number;
    /** ISO 8601 (UTC), or null. */
    postedAt: string | null;
    text: string;
    speaker: { label: string; name: string | null; title: string | null; organization: string | null; role: SpeakerRole };
  };
}

/**
 * Turn `index` of the current version of transcript `slug`, or null when there is no such turn
 * or the viewer may not read the transcript (visibleTranscriptWhere).
 */
export async function getTurnPage(viewer: Viewer | null, slug: string, index: number): Promise<TurnPageData | null> {
  const row = await getPrisma().transcript.findFirst({
    where: visibleCurrentTranscriptWhere(viewer, slug),
    select: {
      slug: true,
      title: true,
      timezone: true,
      currentVersion: {
        select: {
          _count: { select: { turns: true } },
          turns: {
            where: { index },
            select: {
              index: true,
              postedAt: true,
              text: true,
              speaker: { select: { label: true, name: true, title: true, organization: true, role: true } },
            },
          },
        },
      },
    },
  });
  const turn = row?.currentVersion?.turns[0];
  if (!row || !turn) return null;
  return {
    transcript: { slug: row.slug, title: row.title, timezone: row.timezone, turnCount: row.currentVersion!._count.turns },
    turn: { index: turn.index, postedAt: turn.postedAt?.toISOString() ?? null, text: turn.text, speaker: turn.speaker },
  };
}
