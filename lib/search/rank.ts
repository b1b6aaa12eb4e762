import type { TextMatch } from './match';

// Okapi BM25's usual constants: term-frequency saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
/** A bigram counts for less than a whole term: it is evidence of the words, not the words. */
const BIGRAM_WEIGHT = 0.35;
/** A related match (not every term present) needs this share of the query's bigrams. */
export const RELATED_MIN_COVERAGE = 0.5;

export interface Ranked<T> {
  item: T;
  score: number;
  /** Not every term occurs; shown after the full matches as "related". */
  related: boolean;
}

/**
 * Orders matched texts by BM25 over the query's terms (plus down-weighted bigrams), computed
 * on `collectionSize` texts of the same kind. Texts with every term come first; texts with
 * only enough of the bigrams follow as related matches; the rest are dropped.
 */
export function rankMatches<T>(items: Array<{ item: T; match: TextMatch }>, collectionSize: number): Ranked<T>[] {
  if (items.length === 0) return [];
  const n = Math.max(collectionSize, items.length);
  const averageLength = items.reduce((sum, { match }) => sum + match.length, 0) / items.length || 1;
  const termDf = items[0]!.match.termCounts.map((_, i) => items.filter(({ match }) => match.termCounts[i]! > 0).length);
  const bigramDf = items[0]!.match.bigramCounts.map((_, i) => items.filter(({ match }) => match.bigramCounts[i]! > 0).length);
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const ranked: Ranked<T>[] = [];
  for (const { item, match } of items) {
    const norm = K1 * (1 - B + (B * match.length) / averageLength);
    const part = (tf: number, df: number) => (tf === 0 ? 0 : (idf(df) * tf * (K1 + 1)) / (tf + norm));
    const terms = match.termCounts.reduce((sum, tf, i) => sum + part(tf, termDf[i]!), 0);
    const bigrams = match.bigramCounts.reduce((sum, tf, i) => sum + part(tf, bigramDf[i]!), 0);
    const related = match.termCounts.some((tf) => tf === 0);
    if (related) {
      const covered = match.bigramCounts.filter((tf) => tf > 0).length;
      if (match.bigramCounts.length === 0 || covered / match.bigramCounts.length < RELATED_MIN_COVERAGE) continue;
    }
    ranked.push({ item, score: terms + BIGRAM_WEIGHT * bigrams, related });
  }
  return ranked.sort((a, b) => Number(a.related) - Number(b.related) || b.score - a.score);
}
