/** Everything the linker reads out of one text, computed once per sentence of a turn and once per entry. */
import { extractEntities } from './entities';
import { extractNumbers } from './numbers';
import { extractTerms, segmentText } from './segment';
import type { EntityMention, NumberMention } from './types';

/** Terms with counts, entities by canonical name, numbers by key (first mention kept for display). */
export interface TextFeatures {
  terms: Map<string, number>;
  entities: Map<string, EntityMention>;
  numbers: Map<string, NumberMention>;
  /** Every entity mention in order, offsets into the text the features came from (for enumerations.ts). */
  mentions: EntityMention[];
}

/**
 * Extracts terms, entities and numbers of a text, segmenting it once. What entities and
 * numbers account for is masked out of the terms, so 塞尔维亚 or 武契奇 counts once as an
 * entity rather than again as words and bigrams.
 */
export function extractFeatures(text: string): TextFeatures {
  const segments = segmentText(text);
  const mentions = extractEntities(text, segments).sort((a, b) => a.index - b.index);
  const numberMentions = extractNumbers(text);
  const masked = new Set<number>();
  for (const { index, surface } of [...mentions, ...numberMentions]) {
    if (index >= 0) for (let i = index; i < index + surface.length; i++) masked.add(i);
  }
  const entities = new Map<string, EntityMention>();
  for (const mention of mentions) if (!entities.has(mention.canonical)) entities.set(mention.canonical, mention);
  const numbers = new Map<string, NumberMention>();
  for (const mention of numberMentions) if (!numbers.has(mention.key)) numbers.set(mention.key, mention);
  return { terms: extractTerms(text, segments, masked), entities, numbers, mentions };
}

/**
 * The features of a text made of the given parts (its sentences): counts add up, the
 * first mention of an entity or number is kept. Exact for sentences, because no entity,
 * number or bigram stretch crosses 。！？；. Mention offsets lose their meaning.
 */
export function mergeFeatures(parts: readonly TextFeatures[]): TextFeatures {
  const merged: TextFeatures = { terms: new Map(), entities: new Map(), numbers: new Map(), mentions: [] };
  for (const part of parts) {
    for (const [term, count] of part.terms) merged.terms.set(term, (merged.terms.get(term) ?? 0) + count);
    for (const [key, mention] of part.entities) if (!merged.entities.has(key)) merged.entities.set(key, mention);
    for (const [key, mention] of part.numbers) if (!merged.numbers.has(key)) merged.numbers.set(key, mention);
    merged.mentions.push(...part.mentions);
  }
  return merged;
}

/** Sentences of a text (split after 。！？；and line breaks), trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[。！？；\n])/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}
