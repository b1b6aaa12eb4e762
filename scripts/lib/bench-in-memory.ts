/**
 * The benchmark's figures that need no server and no database (they used to be timing "tests"
 * that only printed): link suggestions on the gold sample's own files, and 1,000 re-anchors in
 * a synthetic 43-turn transcript, with positions still valid and with every turn shifted.
 * Each figure: one warm-up call, then the median of `runs` timed calls.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codePointLength } from '@/lib/anchoring/code-points';
import { reanchor, type AnchorTurn, type ReanchorStatus } from '@/lib/anchoring/reanchor';
import { buildAnchor, type TextAnchor } from '@/lib/anchoring/selectors';
import { parseChronicle } from '@/lib/chronicle';
import { suggestForTranscript } from '@/lib/linking';
import type { GoldSet } from '@/lib/linking/evaluate';
import { parseTranscript } from '@/lib/transcript';
import { medianSyncMs } from './bench-measure';
import type { Row } from './bench-report';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLD_SET = 'lib/linking/gold/scio-2020-03-26.json';


/** ms to rank all chronicle entries for all turns of the gold set's sample files (suggestForTranscript, its index included). */
export function timeGoldSampleLinks(runs = 3): { ms: number; turns: number; entries: number } {
  const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
  const gold = JSON.parse(read(GOLD_SET)) as GoldSet;
  const transcript = parseTranscript(read(gold.transcript));
  const chronicle = parseChronicle(read(gold.chronicle), { fileName: gold.chronicle });
  if (!transcript.ok || !chronicle.ok) throw new Error(`the sample files of ${GOLD_SET} no longer parse`);
  const { turns, heldAt } = transcript.value;
  const { entries } = chronicle.value;
  const ms = medianSyncMs(runs, () => suggestForTranscript(turns, entries, { heldAt, k: 5 }));
  return { ms, turns: turns.length, entries: entries.length };
}

/** A 43-turn transcript of six paragraphs per turn, with an astral character in every sentence. */
function syntheticTurns(): AnchorTurn[] {
  const sentence = '关于这个问题，我们已经多次阐明了中方的立场。双方应当在相互尊重的基础上加强对话与合作𠮷，';
  return Array.from({ length: 43 }, (_, i) => ({
    index: i + 1,
    text: Array.from({ length: 6 }, (_, p) => `第${i + 1}轮第${p + 1}段：${sentence.repeat(2)}`).join('\n'),
  }));
}

/** 1,000 anchors spread over the turns, 5 to 34 code points long. */
function syntheticAnchors(turns: readonly AnchorTurn[]): (TextAnchor & { turnIndex: number })[] {
  return Array.from({ length: 1000 }, (_, n) => {
    const turn = turns[n % turns.length]!;
    const start = (n * 37) % (codePointLength(turn.text) - 40);
    return { ...buildAnchor(turn.text, start, start + 5 + (n % 30)), turnIndex: turn.index };
  });
}

export interface ReanchorTiming {
  ms: number;
  statuses: Partial<Record<ReanchorStatus, number>>;
}

/**
 * ms to re-anchor 1,000 anchors in a 43-turn transcript: against the same text (positions
 * valid, the fast path) and after every turn gained a sentence at the front (the fuzzy path
 * through matchQuote for each anchor), with how many ended in each status.
 */
export function timeSyntheticReanchors(runs = 3): { anchors: number; turns: number; valid: ReanchorTiming; shifted: ReanchorTiming } {
  const turns = syntheticTurns();
  const anchors = syntheticAnchors(turns);
  const shiftedTurns = turns.map((t) => ({ ...t, text: `（插入一句新的开场白。）${t.text}` }));
  const timing = (against: AnchorTurn[]): ReanchorTiming => {
    const statuses: Partial<Record<ReanchorStatus, number>> = {};
    for (const result of anchors.map((a) => reanchor(a, against))) statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    return { ms: medianSyncMs(runs, () => anchors.map((a) => reanchor(a, against))), statuses };
  };
  return { anchors: anchors.length, turns: turns.length, valid: timing(turns), shifted: timing(shiftedTurns) };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const statusList = (statuses: ReanchorTiming['statuses']) =>
  Object.entries(statuses)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');

/** The in-memory rows of the benchmark table. */
export function inMemoryRows(runs = 3): Row[] {
  const links = timeGoldSampleLinks(runs);
  const reanchors = timeSyntheticReanchors(runs);
  return [
    {
      figure: `Link suggestions on the gold sample's files, ${links.turns} turns × ${links.entries} chronicle entries, index included (lib/linking, in memory)`,
      value: ms(links.ms),
    },
    {
      figure: `${reanchors.anchors.toLocaleString('en')} re-anchors in a synthetic ${reanchors.turns}-turn transcript, positions valid (lib/anchoring, in memory)`,
      value: `${ms(reanchors.valid.ms)} (${statusList(reanchors.valid.statuses)})`,
    },
    {
      figure: `${reanchors.anchors.toLocaleString('en')} re-anchors in a synthetic ${reanchors.turns}-turn transcript, every turn shifted (fuzzy path; lib/anchoring, in memory)`,
      value: `${ms(reanchors.shifted.ms)} (${statusList(reanchors.shifted.statuses)})`,
    },
  ];
}

/** The Markdown report of `npm run bench -- --in-memory`: the table, then the machine and the method. */
export function renderInMemoryReport(rows: readonly Row[], machine: string, runs: number): string {
  const lines = ['| Figure | Value |', '| --- | --- |', ...rows.map((row) => `| ${row.figure} | ${row.value} |`)];
  return [
    ...lines,
    '',
    `Machine: ${machine}. Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `Method: in the bench process, no server and no database; one warm-up call, then every figure the median of ${runs} timed calls.`,
    '',
  ].join('\n');
}
