/**
 * A turn prepared for scoring: its sentences are segmented once; the whole turn, each
 * sentence and each enumeration variant become weighted vectors, and date cues are
 * resolved and tied to the sentence they are in.
 */
import { resolveDateCues } from './dates';
import { expandEnumerations } from './enumerations';
import { extractFeatures, mergeFeatures, splitSentences, type TextFeatures } from './features';
import { cosinesWithEntries, type LinkIndex } from './link-index';
import type { DateCue } from './types';
import { dimensionsOf, weigh, type Dimension, type WeightedVector } from './vector';

/** A stretch of text (a whole turn, a sentence, an enumeration variant) as a vector. */
export interface Passage {
  features: TextFeatures;
  dimensions: Map<string, Dimension>;
  vector: WeightedVector;
  /** Cosine with each entry of the index, by entry order. */
  cosines: Float64Array;
}

/** A date cue with the dimension keys of its sentence, which an entry must share to be confirmed by it. */
export interface ScopedCue extends DateCue {
  keys: Set<string>;
}

/** The whole turn, its passages (none for a one-sentence turn), its date cues and the conference's date. */
export interface LinkQuery extends Passage {
  passages: Passage[];
  cues: ScopedCue[];
  /** The conference's date, YYYY-MM-DD, or null when unknown. */
  heldOn: string | null;
}

function toPassage(index: LinkIndex, features: TextFeatures): Passage {
  const dimensions = dimensionsOf(features);
  const vector = weigh(dimensions, index.idf);
  return { features, dimensions: new Map(dimensions.map((d) => [d.key, d])), vector, cosines: cosinesWithEntries(index, features, vector) };
}

/** Prepares a turn's text for scoring against an index; `heldOn` (YYYY-MM-DD) resolves its date cues. */
export function prepareQuery(index: LinkIndex, text: string, heldOn: string | null): LinkQuery {
  const sentences = splitSentences(text);
  const sentenceFeatures = sentences.map(extractFeatures);
  const variants = sentences.flatMap((sentence, i) => expandEnumerations(sentence, sentenceFeatures[i]?.mentions ?? [])).map(extractFeatures);
  const passages = sentences.length > 1 || variants.length > 0 ? [...sentenceFeatures, ...variants].map((f) => toPassage(index, f)) : [];
  const cues = (heldOn ? resolveDateCues(text, heldOn) : []).map((cue) => {
    const features = sentenceFeatures[sentences.indexOf(cue.sentence.trim())] ?? extractFeatures(cue.sentence);
    return { ...cue, keys: new Set(dimensionsOf(features).map((d) => d.key)) };
  });
  return { ...toPassage(index, mergeFeatures(sentenceFeatures)), passages, cues, heldOn };
}
