import { codePointLength } from '@/lib/anchoring/code-points';
import { buildAnchor } from '@/lib/anchoring/selectors';
import { insertAnnotationRows, type AnnotationRow } from '@/lib/data/annotations';
import { getCurrentVersionText } from '@/lib/data/transcripts';
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

/**
 * Adds `count` annotations to the current version of `slug`, straight into the table (lib/data
 * insertAnnotationRows): valid anchors (quote, prefix, suffix from the stored text) spread over
 * every turn, by `authors` in turn; mixed: 60% public, 30% private, 10% private of the reader;
 * a third are notes with a short body, the rest highlights.
 */
export async function seedAnnotations(prisma: PrismaClient, slug: string, count: number, authorIds: readonly string[], seed = 1): Promise<void> {
  const version = await getCurrentVersionText(prisma, slug);
  if (!version) throw new Error(`no transcript "${slug}"`);
  const turns = version.turns.filter((turn) => codePointLength(turn.text) > 4);
  const random = seededRandom(seed);
  const rows: AnnotationRow[] = [];
  for (let i = 0; i < count; i++) {
    const turn = turns[Math.floor(random() * turns.length)]!;
    const length = codePointLength(turn.text);
    const size = 2 + Math.floor(random() * Math.min(30, length - 2));
    const start = Math.floor(random() * (length - size));
    const anchor = buildAnchor(turn.text, start, start + size);
    const roll = random();
    const note = i % 3 === 0 ? `bench note ${i}: ${anchor.exact}` : null;
    rows.push({
      transcriptId: version.transcriptId,
      turnId: turn.id,
      authorId: authorIds[i % authorIds.length]!,
      visibility: roll < 0.6 ? 'public' : 'private',
      start: anchor.start,
      end: anchor.end,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      note,
    });
  }
  await insertAnnotationRows(prisma, rows);
}
