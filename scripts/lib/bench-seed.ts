import { codePointLength } from '@/lib/anchoring/code-points';
import { buildAnchor } from '@/lib/anchoring/selectors';
import type { PrismaClient } from '@/lib/db/client';

/** A small deterministic generator (mulberry32), so every run seeds the same spans. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const noteOf = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * Adds `count` annotations to the current version of `slug`, straight into the table
 * (createMany in chunks): valid anchors (quote, prefix, suffix from the stored text) spread
 * over every turn, by `authors` in turn; mixed: 60% public, 30% private, 10% private of the
 * reader; a third are notes with a short body, the rest highlights.
 */
export async function seedAnnotations(prisma: PrismaClient, slug: string, count: number, authorIds: readonly string[], seed = 1): Promise<void> {
  const transcript = await prisma.transcript.findUniqueOrThrow({
    where: { slug },
    select: { id: true, currentVersion: { select: { turns: { select: { id: true, text: true }, orderBy: { index: 'asc' } } } } },
  });
  const turns = transcript.currentVersion!.turns.filter((turn) => codePointLength(turn.text) > 4);
  const random = seededRandom(seed);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const turn = turns[Math.floor(random() * turns.length)]!;
    const length = codePointLength(turn.text);
    const size = 2 + Math.floor(random() * Math.min(30, length - 2));
    const start = Math.floor(random() * (length - size));
    const anchor = buildAnchor(turn.text, start, start + size);
    const roll = random();
    const note = i % 3 === 0 ? `bench note ${i}: ${anchor.exact}` : null;
    rows.push({
      transcriptId: transcript.id,
      turnId: turn.id,
      authorId: authorIds[i % authorIds.length]!,
      visibility: roll < 0.6 ? ('public' as const) : ('private' as const),
      start: anchor.start,
      end: anchor.end,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      ...(note ? { body: noteOf(note), bodyText: note } : {}),
    });
  }
  for (let i = 0; i < rows.length; i += 1000) await prisma.annotation.createMany({ data: rows.slice(i, i + 1000) });
}
