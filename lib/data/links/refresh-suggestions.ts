// No 'server-only' here: the seed and the links:refresh CLI run this outside Next.
import type { Prisma } from '@/generated/prisma/client';
import type { PrismaClient } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { suggestForTranscript, type LinkReason } from '@/lib/linking';

/** How many chronicle entries are stored per turn. */
export const SUGGESTIONS_PER_TURN = 5;

/** What a refresh changed; a second refresh of unchanged data reports only `unchanged`. */
export interface RefreshLinksResult {
  transcriptSlug: string;
  turns: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Suggestions that fell out of the top k and that nobody had judged. */
  deleted: number;
  /** Suggestions that fell out of the top k but were judged: kept, rank set to null. */
  retired: number;
}

/**
 * One log line for a refresh, in the seed's style (`<what> <slug>: created|updated|unchanged (…)`):
 * `links s: unchanged (0 new, 0 changed, 200 same, 0 deleted, 0 retired; 43 turns)`.
 */
export function describeRefresh(r: RefreshLinksResult): string {
  const changed = r.created + r.updated + r.deleted + r.retired;
  const status = changed === 0 ? 'unchanged' : r.updated + r.unchanged + r.deleted + r.retired === 0 ? 'created' : 'updated';
  return `links ${r.transcriptSlug}: ${status} (${r.created} new, ${r.updated} changed, ${r.unchanged} same, ${r.deleted} deleted, ${r.retired} retired; ${r.turns} turns)`;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Reasons as stored: kind, value, weight (4 decimals), in the engine's order. */
function storedReasons(reasons: readonly LinkReason[]): Prisma.InputJsonValue {
  return reasons.map(({ kind, value, weight }) => ({ kind, value, weight: round(weight) }));
}

/** JSON equality that ignores key order (PostgreSQL's jsonb reorders keys). */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, canonical(v)]))
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Stores the engine's top `SUGGESTIONS_PER_TURN` chronicle entries for every turn of the
 * current version of `transcriptSlug` (a system operation: no viewer). In one transaction:
 * new suggestions are created (origin `suggested`), existing links get the new score, rank
 * and reasons (a manual link the engine now ranks keeps its origin), and links that fell out
 * of the top k are deleted when they are suggestions nobody judged, otherwise kept with rank
 * null. Running it again on the same data changes nothing.
 */
export async function refreshSuggestedLinks(prisma: PrismaClient, transcriptSlug: string): Promise<RefreshLinksResult> {
  return prisma.$transaction(
    async (tx) => {
      const transcript = await tx.transcript.findUnique({
        where: { slug: transcriptSlug },
        select: {
          id: true,
          heldAt: true,
          currentVersion: { select: { turns: { orderBy: { index: 'asc' }, select: { index: true, text: true, postedAt: true, speaker: { select: { role: true } } } } } },
        },
      });
      if (!transcript?.currentVersion) throw new AppError('not_found', `No transcript "${transcriptSlug}"`);
      const turns = transcript.currentVersion.turns;
      const entries = await tx.chronicleEntry.findMany({ orderBy: [{ chronicleId: 'asc' }, { position: 'asc' }], select: { id: true, date: true, text: true } });
      const heldAt = (transcript.heldAt ?? turns.find((turn) => turn.postedAt)?.postedAt ?? null)?.toISOString() ?? null;
      const ranked = suggestForTranscript(
        turns.map((turn) => ({ index: turn.index, text: turn.text, role: turn.speaker.role })),
        entries.map((entry) => ({ id: entry.id, date: entry.date?.toISOString().slice(0, 10) ?? null, text: entry.text })),
        { heldAt, k: SUGGESTIONS_PER_TURN },
      );

      const existing = await tx.turnLink.findMany({
        where: { transcriptId: transcript.id },
        select: { id: true, turnIndex: true, chronicleEntryId: true, origin: true, score: true, rank: true, reasons: true, _count: { select: { judgments: true } } },
      });
      const byKey = new Map(existing.map((link) => [`${link.turnIndex}:${link.chronicleEntryId}`, link]));
      const result: RefreshLinksResult = { transcriptSlug, turns: turns.length, created: 0, updated: 0, unchanged: 0, deleted: 0, retired: 0 };
      const toCreate: Prisma.TurnLinkCreateManyInput[] = [];
      const kept = new Set<string>();

      for (const { index, suggestions } of ranked) {
        for (const [i, suggestion] of suggestions.entries()) {
          const key = `${index}:${suggestion.entryId}`;
          const data = { score: round(suggestion.score), rank: i + 1, reasons: storedReasons(suggestion.reasons) };
          const link = byKey.get(key);
          kept.add(key);
          if (!link) {
            toCreate.push({ transcriptId: transcript.id, turnIndex: index, chronicleEntryId: suggestion.entryId, origin: 'suggested', ...data });
          } else if (link.score === data.score && link.rank === data.rank && sameJson(link.reasons, data.reasons)) {
            result.unchanged++;
          } else {
            await tx.turnLink.update({ where: { id: link.id }, data });
            result.updated++;
          }
        }
      }
      if (toCreate.length) result.created = (await tx.turnLink.createMany({ data: toCreate, skipDuplicates: true })).count;

      const dropped = existing.filter((link) => link.rank !== null && !kept.has(`${link.turnIndex}:${link.chronicleEntryId}`));
      const unjudged = dropped.filter((link) => link.origin === 'suggested' && link._count.judgments === 0).map((link) => link.id);
      // The judgment filter is repeated in the query, so a judgment added meanwhile saves its link.
      if (unjudged.length) result.deleted = (await tx.turnLink.deleteMany({ where: { id: { in: unjudged }, judgments: { none: {} } } })).count;
      const retire = dropped.filter((link) => !unjudged.includes(link.id)).map((link) => link.id);
      const stillThere = await tx.turnLink.updateMany({ where: { id: { in: [...retire, ...unjudged] } }, data: { rank: null } });
      result.retired = stillThere.count;
      return result;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
