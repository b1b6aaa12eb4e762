/**
 * `npm run links:eval`: measures the linking engine and a plain keyword baseline on the
 * gold judgments in lib/linking/gold/ (P@1, P@3, nDCG@5 with graded gains, recall@10;
 * relevant = grade ≥ 1), plus the engine without exchange context (each turn on its own),
 * and prints how long suggesting links for all turns × all entries takes. Timing is
 * printed, never asserted: it depends on the machine and its load.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compareWithBaseline, suggestForTranscript, type EvaluationResult, type GoldSet } from '@/lib/linking';
import { conferenceStart, readLinksInput } from './lib/links-input';

const GOLD_FILES = ['lib/linking/gold/scio-2020-03-26.json'];
const TIMING_RUNS = 7;

const cells = (values: string[], widths: number[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const WIDTHS = [28, 5, 5, 6, 9];
const row = (name: string, r: EvaluationResult) =>
  cells([name, ...[r.precisionAt1, r.precisionAt3, r.ndcgAt5, r.recallAt10].map((v) => v.toFixed(3))], WIDTHS);

/** Wall-clock and CPU milliseconds of one run; CPU time is what the code costs when other jobs share the machine. */
function measure(run: () => void): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}

for (const goldFile of GOLD_FILES) {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldSet;
  const { transcript, entries } = readLinksInput(gold.transcript, gold.chronicle, 'npm run links:eval');
  const heldAt = conferenceStart(transcript);
  const { engine, baseline } = compareWithBaseline(gold, transcript.turns, entries, heldAt);
  const alone = compareWithBaseline(gold, transcript.turns.map(({ index, text }) => ({ index, text })), entries, heldAt).engine;

  // The first run pays for ICU's and V8's warm-up; report it and the best of a few, as benchmarks do.
  const runs = Array.from({ length: TIMING_RUNS }, () => measure(() => suggestForTranscript(transcript.turns, entries, { heldAt, k: 5 })));
  const best = (key: 'wall' | 'cpu') => Math.min(...runs.map((r) => r[key])).toFixed(1);

  process.stdout.write(
    [
      `${goldFile}: ${engine.judgedTurns} judged turns, ${entries.length} chronicle entries`,
      '',
      cells(['ranker', 'P@1', 'P@3', 'nDCG@5', 'recall@10'], WIDTHS),
      `|${WIDTHS.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      row('engine', engine),
      row('engine, turns alone', alone),
      row('baseline (ICU words, TF-IDF)', baseline),
      '',
      `all ${transcript.turns.length} turns × ${entries.length} entries, index included:`,
      `  first run ${runs[0]?.wall.toFixed(1)} ms; best of ${TIMING_RUNS}: ${best('wall')} ms wall, ${best('cpu')} ms CPU (load average ${loadavg()[0]?.toFixed(1)})`,
      '',
    ].join('\n'),
  );
}
