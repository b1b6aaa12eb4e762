/**
 * The benchmark's in-process figures: JavaScript shipped to a page (gzipped), re-anchoring
 * after a one-turn correction (pure and through the import), link suggestions for every turn.
 */
import { gzipSync } from 'node:zlib';
import { reanchor } from '@/lib/anchoring/reanchor';
import { listStoredAnchors, type StoredAnchor } from '@/lib/data/annotations';
import { getLinkSuggestionInput } from '@/lib/data/links';
import { getCurrentVersionText, importTranscript, type CurrentVersionText } from '@/lib/data/transcripts';
import type { PrismaClient } from '@/lib/db/client';
import { suggestForTranscript } from '@/lib/linking';
import { parseTranscript } from '@/lib/transcript';
import { median, medianSyncMs } from './bench-measure';

/** Sizes in bytes of a page's HTML and of the external scripts it loads, each gzipped. */
export interface PageWeight {
  scripts: number;
  scriptsGzip: number;
  htmlGzip: number;
  files: number;
}

/** Fetches `path`, then every `<script src>` it names, and gzips each (level 6, as servers do). */
export async function pageWeight(origin: string, path: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const html = await (await fetch(`${origin}${path}`, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')))];
  let scripts = 0;
  let scriptsGzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    scripts += body.length;
    scriptsGzip += gzipSync(body, { level: 6 }).length;
  }
  return { scripts, scriptsGzip, htmlGzip: gzipSync(html, { level: 6 }).length, files: sources.length };
}


/** Turn `index`'s text with a phrase inserted in its middle: the one-turn correction. */
function correctTurn<T extends { index: number; text: string }>(turns: readonly T[], index: number, round: number): T[] {
  return turns.map((turn) => {
    if (turn.index !== index) return turn;
    const at = Math.floor(turn.text.length / 2);
    return { ...turn, text: `${turn.text.slice(0, at)}（更正${round}：补充说明）${turn.text.slice(at)}` };
  });
}

/** The turn with the most annotations (where a correction moves the most anchors). */
function busiestTurn(anchors: readonly StoredAnchor[]): number {
  const counts = new Map<number, number>();
  for (const a of anchors) counts.set(a.turnIndex, (counts.get(a.turnIndex) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;
}

/** The current version of `slug`; a benchmark on a missing transcript is a setup error. */
async function currentVersion(prisma: PrismaClient, slug: string): Promise<CurrentVersionText> {
  const version = await getCurrentVersionText(prisma, slug);
  if (!version) throw new Error(`no transcript "${slug}"`);
  return version;
}

/** ms to re-anchor every stored annotation of `slug` (pure lib/anchoring/reanchor.ts) after a one-turn correction. */
export async function timeReanchorPure(prisma: PrismaClient, slug: string, runs = 3): Promise<{ ms: number; annotations: number }> {
  const [version, anchors] = await Promise.all([currentVersion(prisma, slug), listStoredAnchors(prisma, slug)]);
  const turns = correctTurn(version.turns, busiestTurn(anchors), 0);
  const ms = medianSyncMs(runs, () => anchors.map((anchor) => reanchor(anchor, turns)));
  return { ms, annotations: anchors.length };
}

/**
 * ms of a whole corrected import of `slug` (parse excluded): the new version's rows plus
 * lib/data/annotations/reanchor.ts moving every annotation, in the import's transaction.
 * Each run imports a further one-turn correction of the current text; this changes `slug`.
 */
export async function timeCorrectedImport(prisma: PrismaClient, slug: string, runs = 3): Promise<number> {
  const index = busiestTurn(await listStoredAnchors(prisma, slug));
  const durations: number[] = [];
  for (let round = 1; round <= runs; round++) {
    const current = await currentVersion(prisma, slug);
    const old = current.turns.find((turn) => turn.index === index)!.text.split('\n')[0]!;
    const at = Math.floor(old.length / 2);
    const rawText = current.rawText.replace(old, `${old.slice(0, at)}（更正${round}）${old.slice(at)}`);
    const parsed = parseTranscript(rawText);
    if (!parsed.ok) throw new Error(`corrected text does not parse: ${JSON.stringify(parsed.errors)}`);
    const started = performance.now();
    const result = await importTranscript(prisma, { slug, rawText, parsed: parsed.value });
    durations.push(performance.now() - started);
    if (result.status === 'unchanged') throw new Error('the correction changed nothing');
  }
  return median(durations);
}

/** ms to rank every chronicle entry for every turn of `slug` (lib/linking suggestForTranscript). */
export async function timeLinkSuggestions(prisma: PrismaClient, slug: string, runs = 3): Promise<{ ms: number; turns: number; entries: number }> {
  const input = await getLinkSuggestionInput(prisma, slug);
  if (!input) throw new Error(`no transcript "${slug}"`);
  const { heldAt, turns, entries } = input;
  const ms = medianSyncMs(runs, () => suggestForTranscript(turns, entries, { heldAt, k: 5 }));
  return { ms, turns: turns.length, entries: entries.length };
}
