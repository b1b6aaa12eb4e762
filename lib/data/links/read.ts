import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { visibleLinkWhere } from './access-rule';
import { toTurnLinkView, turnLinkOrder, turnLinkSelect } from './select';
import type { TurnLinkView } from './types';

/**
 * The links of every turn of transcript `slug` that the viewer may see (link-access.ts), by
 * turn, best suggestion first. An unknown transcript has no links.
 */
export async function listLinksForTranscript(viewer: Viewer | null, slug: string): Promise<TurnLinkView[]> {
  const rows = await getPrisma().turnLink.findMany({
    where: { AND: [{ transcript: { slug } }, visibleLinkWhere(viewer)] },
    orderBy: turnLinkOrder,
    select: turnLinkSelect(viewer),
  });
  return rows.map((row) => toTurnLinkView(row, viewer));
}

/** The links of one turn that the viewer may see, best suggestion first. */
export async function listTurnLinks(viewer: Viewer | null, slug: string, turnIndex: number): Promise<TurnLinkView[]> {
  const rows = await getPrisma().turnLink.findMany({
    where: { AND: [{ transcript: { slug } }, { turnIndex }, visibleLinkWhere(viewer)] },
    orderBy: turnLinkOrder,
    select: turnLinkSelect(viewer),
  });
  return rows.map((row) => toTurnLinkView(row, viewer));
}

/** Groups a transcript's links by turn index, for the reader (`links.get(turn.index) ?? []`). */
export function linksByTurn(links: readonly TurnLinkView[]): Map<number, TurnLinkView[]> {
  const byTurn = new Map<number, TurnLinkView[]>();
  for (const link of links) byTurn.set(link.turnIndex, [...(byTurn.get(link.turnIndex) ?? []), link]);
  return byTurn;
}
