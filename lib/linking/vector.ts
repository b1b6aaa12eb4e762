/**
 * One vector space for all evidence: every term, entity and number of a text is a
 * dimension (`t:`, `e:`, `n:` keys), weighted by TF-IDF times a multiplier for its kind.
 * Turn and entry are compared by one cosine, so a long turn with many entities is
 * normalised exactly like one with many words, and the cosine splits into one share per
 * dimension — the reasons of a suggestion.
 */
import type { TextFeatures } from './features';
import type { LinkReasonKind } from './types';
import { WEIGHTS } from './weights';

/** A dimension of a text's vector before IDF: what it is, how it reads, how often it occurs. */
export interface Dimension {
  key: string;
  kind: Exclude<LinkReasonKind, 'date'>;
  /** Readable value for the reasons: the term, the canonical entity, the number as written. */
  value: string;
  /** Sublinear term frequency for terms; 1 for entities and numbers (present or not). */
  frequency: number;
  /** The kind's multiplier from `WEIGHTS`. */
  multiplier: number;
}

/** Sublinear term frequency: the tenth repetition of a word adds less than the second. */
export const termFrequencyWeight = (count: number) => 1 + Math.log(count);

/** The dimensions of a text's features. */
export function dimensionsOf(features: TextFeatures): Dimension[] {
  const dimensions: Dimension[] = [];
  for (const [term, count] of features.terms) {
    dimensions.push({ key: `t:${term}`, kind: 'term', value: term, frequency: termFrequencyWeight(count), multiplier: WEIGHTS.TERM });
  }
  for (const [canonical, mention] of features.entities) {
    dimensions.push({ key: `e:${canonical}`, kind: 'entity', value: canonical, frequency: 1, multiplier: WEIGHTS.ENTITY[mention.kind] });
  }
  for (const [key, mention] of features.numbers) {
    // Small counts (4次, 3国) recur by chance; ordinals (第2批) and larger numbers rarely do.
    const multiplier = WEIGHTS.NUMBER * (mention.value < 10 && !mention.ordinal ? WEIGHTS.SMALL_NUMBER : 1);
    dimensions.push({ key: `n:${key}`, kind: 'number', value: mention.surface, frequency: 1, multiplier });
  }
  return dimensions;
}

/** A weighted vector and its Euclidean norm. */
export interface WeightedVector {
  weights: Map<string, number>;
  norm: number;
}

/** Weighs dimensions by frequency × IDF × multiplier; dimensions without an IDF (unseen in the chronicle) are dropped. */
export function weigh(dimensions: readonly Dimension[], idf: ReadonlyMap<string, number>): WeightedVector {
  const weights = new Map<string, number>();
  let squares = 0;
  for (const { key, frequency, multiplier } of dimensions) {
    const inverse = idf.get(key);
    if (inverse === undefined) continue;
    const weight = frequency * inverse * multiplier;
    weights.set(key, weight);
    squares += weight * weight;
  }
  return { weights, norm: Math.sqrt(squares) };
}

/**
 * The product of one shared dimension's weights in a query text and an entry. 180个国家
 * against 180多个国家 is the same figure, but on one side only a lower bound, so it counts
 * `APPROXIMATE_MISMATCH` of it.
 */
export function matchProduct(query: TextFeatures, entry: TextFeatures, key: string, weight: number, entryWeight: number): number {
  if (!key.startsWith('n:')) return weight * entryWeight;
  const numberKey = key.slice(2);
  const same = query.numbers.get(numberKey)?.approximate === entry.numbers.get(numberKey)?.approximate;
  return weight * entryWeight * (same ? 1 : WEIGHTS.APPROXIMATE_MISMATCH);
}
