/** Scores a ranking function against a gold set with the metrics of `metrics.ts`. */
import { buildBaselineIndex, rankBaseline } from './baseline';
import { ndcgAt, precisionAt, recallAt, type Grades } from './metrics';
import { suggestForTranscript } from './suggest';
import type { LinkableEntry, LinkableTurn } from './types';

/** Relevance judgments for one transcript against one chronicle (see gold/README.md). */
export interface GoldSet {
  transcript: string;
  chronicle: string;
  turns: { index: number; about: string; relevant: Grades }[];
}

/** Mean metrics over the judged turns. */
export interface EvaluationResult {
  judgedTurns: number;
  precisionAt1: number;
  precisionAt3: number;
  ndcgAt5: number;
  recallAt10: number;
}

/** Depth every ranking is asked for: the deepest metric is recall@10. */
export const EVALUATION_DEPTH = 10;

/** Averages P@1, P@3, nDCG@5 and recall@10 over the gold turns; `rank` returns entry ids, best first. */
export function evaluateRanking(gold: GoldSet, rank: (turnIndex: number) => readonly string[]): EvaluationResult {
  const sums = { precisionAt1: 0, precisionAt3: 0, ndcgAt5: 0, recallAt10: 0 };
  for (const { index, relevant } of gold.turns) {
    const ranked = rank(index);
    sums.precisionAt1 += precisionAt(ranked, relevant, 1);
    sums.precisionAt3 += precisionAt(ranked, relevant, 3);
    sums.ndcgAt5 += ndcgAt(ranked, relevant, 5);
    sums.recallAt10 += recallAt(ranked, relevant, 10);
  }
  const n = gold.turns.length || 1;
  return {
    judgedTurns: gold.turns.length,
    precisionAt1: sums.precisionAt1 / n,
    precisionAt3: sums.precisionAt3 / n,
    ndcgAt5: sums.ndcgAt5 / n,
    recallAt10: sums.recallAt10 / n,
  };
}

/** The engine and the keyword baseline measured on the same gold set in the same run. */
export function compareWithBaseline(
  gold: GoldSet,
  turns: readonly LinkableTurn[],
  entries: readonly LinkableEntry[],
  heldAt: string | null,
): { engine: EvaluationResult; baseline: EvaluationResult } {
  const textOf = new Map(turns.map((turn) => [turn.index, turn.text]));
  const suggestions = new Map(suggestForTranscript(turns, entries, { heldAt, k: EVALUATION_DEPTH }).map((t) => [t.index, t.suggestions]));
  const baselineIndex = buildBaselineIndex(entries);
  const engine = evaluateRanking(gold, (turnIndex) => (suggestions.get(turnIndex) ?? []).map((s) => s.entryId));
  const baseline = evaluateRanking(gold, (turnIndex) => rankBaseline(baselineIndex, textOf.get(turnIndex) ?? '', EVALUATION_DEPTH));
  return { engine, baseline };
}
