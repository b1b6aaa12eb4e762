// Stored suggestions: what the seed stores, that refreshing again changes nothing, and what a
// refresh does to links that fell out of the top k (deleted unless judged).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSuggestedLinks, SUGGESTIONS_PER_TURN } from '@/lib/data/links';
import { suggestForTranscript } from '@/lib/linking';
import { seedCorpus } from '@/scripts/lib/seed';
import { createUser, SLUG, setUpAnnotationDatabase, tearDownAnnotationDatabase } from './support/annotation-database';
import type { TestDatabase } from './support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await setUpAnnotationDatabase(); // runs seedCorpus, which refreshes the links
});
afterAll(() => tearDownAnnotationDatabase(db));

const SNAPSHOT_SQL = `SELECT l.id, l."turnIndex", e.key, l.origin, l.score, l.rank, l.reasons::text, l."createdAt"
  FROM "TurnLink" l JOIN "ChronicleEntry" e ON e.id = l."chronicleEntryId" ORDER BY l."turnIndex", l.rank NULLS LAST, e.key`;

async function engineTopK() {
  const turns = await db.prisma.turn.findMany({
    where: { version: { currentOf: { is: { slug: SLUG } } } },
    orderBy: { index: 'asc' },
    select: { index: true, text: true, speaker: { select: { role: true } } },
  });
  const entries = await db.prisma.chronicleEntry.findMany({ orderBy: { position: 'asc' }, select: { id: true, date: true, text: true } });
  const transcript = await db.prisma.transcript.findUniqueOrThrow({ where: { slug: SLUG }, select: { heldAt: true } });
  return suggestForTranscript(
    turns.map((t) => ({ index: t.index, text: t.text, role: t.speaker.role })),
    entries.map((e) => ({ id: e.id, date: e.date?.toISOString().slice(0, 10) ?? null, text: e.text })),
    { heldAt: transcript.heldAt?.toISOString() ?? null, k: SUGGESTIONS_PER_TURN },
  );
}

describe('refreshSuggestedLinks', () => {
  it('the seed stored the engine’s top 5 for each of the 43 turns, in rank order, with score and reasons', async () => {
    const expected = await engineTopK();
    expect(expected).toHaveLength(43);
    for (const { index, suggestions } of expected) {
      const stored = await db.prisma.turnLink.findMany({
        where: { turnIndex: index, transcript: { slug: SLUG } },
        orderBy: { rank: 'asc' },
        select: { chronicleEntryId: true, origin: true, rank: true, score: true, reasons: true },
      });
      expect(stored.map((l) => l.chronicleEntryId), `turn ${index}`).toEqual(suggestions.map((s) => s.entryId));
      stored.forEach((link, i) => {
        expect(link).toMatchObject({ origin: 'suggested', rank: i + 1 });
        expect(link.score).toBeCloseTo(suggestions[i]!.score, 3);
        expect((link.reasons as { kind: string }[]).map((r) => r.kind)).toEqual(suggestions[i]!.reasons.map((r) => r.kind));
      });
    }
    // Turns sharing nothing with the chronicle (the host's hand-overs) get no suggestion.
    expect(expected.filter((t) => t.suggestions.length === 0).map((t) => t.index)).toEqual([3, 5, 7]);
  });

  it('a second refresh, and a second seed, change nothing', async () => {
    const before = await db.query(SNAPSHOT_SQL);
    const result = await refreshSuggestedLinks(db.prisma, SLUG);
    expect(result).toEqual({ transcriptSlug: SLUG, turns: 43, created: 0, updated: 0, unchanged: before.length, deleted: 0, retired: 0 });
    const lines: string[] = [];
    await seedCorpus(db.prisma, (line) => lines.push(line));
    expect(lines.at(-1)).toBe(`links ${SLUG}: unchanged (0 new, 0 changed, ${before.length} same, 0 deleted, 0 retired; 43 turns)`);
    expect(await db.query(SNAPSHOT_SQL)).toEqual(before);
  });

  it('judgments survive; a suggestion that fell out of the top k is deleted unless someone judged it', async () => {
    const user = await createUser(db, 'Judge');
    const transcript = await db.prisma.transcript.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const top = await db.prisma.turnLink.findFirstOrThrow({ where: { turnIndex: 8, rank: 1 }, select: { id: true } });
    const kept = await db.prisma.linkJudgment.create({ data: { linkId: top.id, userId: user.id, verdict: 'confirmed', note: 'right', visibility: 'public' } });
    // Two entries the engine does not rank for turn 8, stored as if an earlier run had.
    const ranked = await db.prisma.turnLink.findMany({ where: { turnIndex: 8 }, select: { chronicleEntryId: true } });
    const [a, b, c] = await db.prisma.chronicleEntry.findMany({ where: { id: { notIn: ranked.map((l) => l.chronicleEntryId) } }, take: 3, select: { id: true } });
    const fallen = (entryId: string) => ({ transcriptId: transcript.id, turnIndex: 8, chronicleEntryId: entryId, origin: 'suggested' as const, score: 0.5, rank: 6, reasons: [] });
    const judgedFallen = await db.prisma.turnLink.create({ data: fallen(a!.id), select: { id: true } });
    await db.prisma.linkJudgment.create({ data: { linkId: judgedFallen.id, userId: user.id, verdict: 'rejected' } });
    const unjudgedFallen = await db.prisma.turnLink.create({ data: fallen(b!.id), select: { id: true } });
    const manual = await db.prisma.turnLink.create({
      data: { transcriptId: transcript.id, turnIndex: 8, chronicleEntryId: c!.id, origin: 'manual', addedById: user.id, visibility: 'private' },
      select: { id: true },
    });

    const result = await refreshSuggestedLinks(db.prisma, SLUG);
    expect(result).toMatchObject({ created: 0, updated: 0, deleted: 1, retired: 1 });
    expect(await db.prisma.turnLink.findUnique({ where: { id: unjudgedFallen.id } })).toBeNull();
    expect(await db.prisma.turnLink.findUnique({ where: { id: judgedFallen.id }, select: { rank: true, origin: true } })).toEqual({ rank: null, origin: 'suggested' });
    expect(await db.prisma.turnLink.findUnique({ where: { id: manual.id }, select: { rank: true, origin: true } })).toEqual({ rank: null, origin: 'manual' });
    expect(await db.prisma.linkJudgment.findUnique({ where: { id: kept.id } })).toEqual(kept);
    // And the next refresh leaves the retired link alone.
    expect(await refreshSuggestedLinks(db.prisma, SLUG)).toMatchObject({ created: 0, updated: 0, deleted: 0, retired: 0 });
  });

  it('a manual link the engine ranks keeps its origin and gets score and rank', async () => {
    const user = await createUser(db, 'Adder');
    const link = await db.prisma.turnLink.findFirstOrThrow({ where: { turnIndex: 16, rank: 2 }, select: { id: true, transcriptId: true, chronicleEntryId: true } });
    await db.prisma.turnLink.delete({ where: { id: link.id } });
    await db.prisma.turnLink.create({
      data: { transcriptId: link.transcriptId, turnIndex: 16, chronicleEntryId: link.chronicleEntryId, origin: 'manual', addedById: user.id, visibility: 'private' },
    });
    expect(await refreshSuggestedLinks(db.prisma, SLUG)).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    const after = await db.prisma.turnLink.findFirstOrThrow({ where: { turnIndex: 16, chronicleEntryId: link.chronicleEntryId }, select: { origin: true, rank: true, score: true } });
    expect(after).toMatchObject({ origin: 'manual', rank: 2 });
    expect(after.score).toBeGreaterThan(0);
  });

  it('an unknown transcript is not found', async () => {
    await expect(refreshSuggestedLinks(db.prisma, 'no-such-transcript')).rejects.toMatchObject({ code: 'not_found' });
  });
});
