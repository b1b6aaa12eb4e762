/**
 * The plain keyword baseline the engine is measured against: ICU words only (no bigrams,
 * entities, numbers or dates), TF-IDF weighted, ranked by cosine similarity.
 */
import { inverseDocumentFrequency } from './link-index';
import { termFrequencyWeight } from './vector';
import { segmentWords } from './segment';
import type { LinkableEntry } from './types';

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** Entry vectors and word IDF of the baseline. */
export interface BaselineIndex {
  entries: { id: string; vector: Vector }[];
  idf: Map<string, number>;
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of segmentWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function vectorOf(counts: Map<string, number>, idf: Map<string, number>): Vector {
  const weights = new Map<string, number>();
  for (const [word, count] of counts) {
    const w = idf.get(word);
    if (w !== undefined) weights.set(word, termFrequencyWeight(count) * w);
  }
  return { weights, norm: Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0)) };
}

/** Indexes the entries for the baseline. */
export function buildBaselineIndex(entries: readonly LinkableEntry[]): BaselineIndex {
  const counts = entries.map((entry) => countWords(entry.text));
  const df = new Map<string, number>();
  for (const c of counts) for (const word of c.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = new Map([...df].map(([word, n]) => [word, inverseDocumentFrequency(n, entries.length)]));
  return { idf, entries: entries.map((entry, i) => ({ id: entry.id, vector: vectorOf(counts[i] ?? new Map(), idf) })) };
}

/** Entry ids ranked by cosine similarity to the text, best first, at most k, similarity > 0 only. */
export function rankBaseline(index: BaselineIndex, text: string, k: number): string[] {
  const query = vectorOf(countWords(text), index.idf);
  return index.entries
    .map(({ id, vector }, order) => {
      let dot = 0;
      for (const [word, w] of query.weights) dot += w * (vector.weights.get(word) ?? 0);
      const norms = query.norm * vector.norm;
      return { id, order, score: norms === 0 ? 0 : dot / norms };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, k)
    .map(({ id }) => id);
}
