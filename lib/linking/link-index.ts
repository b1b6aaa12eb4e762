/**
 * The precomputed side of linking: each chronicle entry's features and weighted vector,
 * plus inverse document frequencies over the whole chronicle. Built once, then every turn
 * is scored against it without touching the entry texts again.
 */
import { extractFeatures, mergeFeatures, splitSentences, type TextFeatures } from './features';
import type { LinkableEntry } from './types';
import { dimensionsOf, matchProduct, weigh, type Dimension, type WeightedVector } from './vector';
import { WEIGHTS } from './weights';

/** One entry with its features and its weighted vector. */
export interface IndexedEntry {
  entry: LinkableEntry;
  /** Position in the chronicle, to break ties in document order. */
  order: number;
  features: TextFeatures;
  vector: WeightedVector;
}

/** Entries, the chronicle-wide IDF of every dimension, and postings: which entries have a dimension, with what weight. */
export interface LinkIndex {
  entries: IndexedEntry[];
  idf: Map<string, number>;
  postings: Map<string, { order: number; weight: number }[]>;
}

/**
 * Inverse document frequency, smoothed: ln((N+1)/(df+0.5)). Boilerplate found in most
 * entries (疫情, 新冠肺炎, 防控, 中国) gets close to 0, so it needs no domain stoplist.
 */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log((documentCount + 1) / (documentFrequency + 0.5));
}

/**
 * An entry's dimensions. A chronicle entry names its event in the first sentence
 * ("习近平同X通电话") and then paraphrases speeches; what appears only after the lead is
 * weighted by `ENTRY_TAIL`, so the rhetoric of long entries does not match every turn.
 */
function entryDimensions(text: string): { features: TextFeatures; dimensions: Dimension[] } {
  const [lead = '', ...rest] = splitSentences(text);
  const leadFeatures = extractFeatures(lead);
  const features = rest.length > 0 ? mergeFeatures([leadFeatures, extractFeatures(rest.join(''))]) : leadFeatures;
  const inLead = new Set(dimensionsOf(leadFeatures).map((d) => d.key));
  const dimensions = dimensionsOf(features).map((d) => (inLead.has(d.key) ? d : { ...d, multiplier: d.multiplier * WEIGHTS.ENTRY_TAIL }));
  return { features, dimensions };
}

/** Extracts every entry's features once and computes the chronicle's statistics. */
export function buildLinkIndex(entries: readonly LinkableEntry[]): LinkIndex {
  const prepared = entries.map((entry) => ({ entry, ...entryDimensions(entry.text) }));
  const frequencies = new Map<string, number>();
  for (const { dimensions } of prepared) for (const { key } of dimensions) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
  const idf = new Map([...frequencies].map(([key, df]) => [key, inverseDocumentFrequency(df, entries.length)]));
  const indexed = prepared.map(({ entry, features, dimensions }, order) => ({ entry, order, features, vector: weigh(dimensions, idf) }));
  const postings = new Map<string, { order: number; weight: number }[]>();
  for (const { order, vector } of indexed) {
    for (const [key, weight] of vector.weights) postings.set(key, [...(postings.get(key) ?? []), { order, weight }]);
  }
  return { idf, entries: indexed, postings };
}

/** Cosine of a text's vector with every entry at once (by entry order), walking the postings of its dimensions. */
export function cosinesWithEntries(index: LinkIndex, features: TextFeatures, vector: WeightedVector): Float64Array {
  const dots = new Float64Array(index.entries.length);
  for (const [key, weight] of vector.weights) {
    for (const { order, weight: entryWeight } of index.postings.get(key) ?? []) {
      const entry = index.entries[order];
      if (entry) dots[order] = (dots[order] ?? 0) + matchProduct(features, entry.features, key, weight, entryWeight);
    }
  }
  for (const [order, entry] of index.entries.entries()) {
    const norms = vector.norm * entry.vector.norm;
    dots[order] = norms === 0 ? 0 : (dots[order] ?? 0) / norms;
  }
  return dots;
}
