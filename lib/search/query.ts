import { foldString } from './fold';

/** Longest query we take; longer ones are cut (search boxes are for words, not documents). */
export const MAX_QUERY_LENGTH = 100;

const HAN = /\p{Script=Han}/u;

/**
 * A parsed search: `terms` must all occur (after folding); `bigrams` are the overlapping
 * two-character pieces of the Chinese terms, used to rank texts that say the same thing in
 * other words ("疫情防控" vs "防控疫情") when no text has every term. `patterns` are what the
 * database pre-filters on (terms, bigrams and the unfolded terms for unfolded texts).
 */
export interface SearchQuery {
  raw: string;
  terms: string[];
  bigrams: string[];
  patterns: string[];
}

/** Splits on spaces and Chinese/Western punctuation; null when nothing searchable is left. */
export function parseSearchQuery(input: string): SearchQuery | null {
  const raw = Array.from(input.trim()).slice(0, MAX_QUERY_LENGTH).join('');
  const split = (text: string) => text.split(/[\s\p{P}\p{S}]+/u).filter((term) => term.length > 0);
  const terms = [...new Set(split(foldString(raw)))];
  if (terms.length === 0) return null;
  const bigrams = new Set<string>();
  for (const term of terms) {
    const chars = Array.from(term);
    for (let i = 0; i + 1 < chars.length; i++) {
      if (HAN.test(chars[i]!) && HAN.test(chars[i + 1]!)) bigrams.add(chars[i]! + chars[i + 1]!);
    }
  }
  const patterns = [...new Set([...terms, ...bigrams, ...split(raw)])];
  return { raw, terms, bigrams: [...bigrams].filter((bigram) => !terms.includes(bigram)), patterns };
}
