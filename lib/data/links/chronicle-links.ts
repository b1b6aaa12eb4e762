import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { establishedLinkWhere, visibleJudgmentWhere, visibleLinkWhere } from './access-rule';
import { parseReasons } from './select';
import { turnSnippet } from './snippet';
import type { LinkedTurnView } from './types';

/**
 * For the chronicle page: per entry key of chronicle `chronicleSlug`, the turns linked to it
 * by a confirmation the viewer may see, in transcript and turn order. Links to turns that the
 * current version no longer has are left out.
 */
export async function listTurnsLinkedToEntries(viewer: Viewer | null, chronicleSlug: string): Promise<Record<string, LinkedTurnView[]>> {
  const prisma = getPrisma();
  const links = await prisma.turnLink.findMany({
    where: { AND: [{ chronicleEntry: { chronicle: { slug: chronicleSlug } } }, visibleLinkWhere(viewer), establishedLinkWhere(viewer)] },
    orderBy: [{ transcript: { heldAt: { sort: 'asc', nulls: 'last' } } }, { transcriptId: 'asc' }, { turnIndex: 'asc' }],
    select: {
      id: true,
      turnIndex: true,
      reasons: true,
      transcriptId: true,
      transcript: { select: { slug: true, title: true } },
      chronicleEntry: { select: { key: true } },
      judgments: { where: visibleJudgmentWhere(viewer), select: { verdict: true } },
    },
  });
  if (links.length === 0) return {};
  const turns = await prisma.turn.findMany({
    where: {
      version: { currentOf: { is: { id: { in: [...new Set(links.map((l) => l.transcriptId))] } } } },
      index: { in: [...new Set(links.map((l) => l.turnIndex))] },
    },
    select: { index: true, text: true, speaker: { select: { label: true } }, version: { select: { transcriptId: true } } },
  });
  const turnByKey = new Map(turns.map((turn) => [`${turn.version.transcriptId}:${turn.index}`, turn]));
  const byEntry: Record<string, LinkedTurnView[]> = {};
  for (const link of links) {
    const turn = turnByKey.get(`${link.transcriptId}:${link.turnIndex}`);
    if (!turn) continue;
    (byEntry[link.chronicleEntry.key] ??= []).push({
      linkId: link.id,
      transcriptSlug: link.transcript.slug,
      transcriptTitle: link.transcript.title,
      turnIndex: link.turnIndex,
      speaker: turn.speaker.label,
      snippet: turnSnippet(turn.text, parseReasons(link.reasons)),
      confirmations: link.judgments.filter((j) => j.verdict === 'confirmed').length,
      rejections: link.judgments.filter((j) => j.verdict === 'rejected').length,
    });
  }
  return byEntry;
}
