/**
 * Tokens for comparing a news passage with a turn: one token per Han character, one per
 * count or amount (四批 and 4批 are one token with one key), one per Latin word or digit
 * run, one per punctuation mark or space. Keys are normalised (Traditional folded to
 * Simplified, Latin lower-cased, full-width punctuation to ASCII), so equal keys mean
 * "the same words", however they were written.
 */
import { toSimplified } from './hanzi';
import { extractNumbers } from '@/lib/linking/numbers';

/** What a token is; `punct` covers punctuation and white space, which never count as a difference. */
export type TokenKind = 'han' | 'number' | 'latin' | 'punct';

/** One token with its UTF-16 offsets in the text it came from. */
export interface CoverageToken {
  kind: TokenKind;
  /** As written. */
  text: string;
  /** Comparison key: equal keys are the same words (numbers: `n:89国`, `n:第5批`). */
  key: string;
  start: number;
  end: number;
  /** For numbers: the value and unit, to tell a changed number from an unrelated one. */
  number?: { value: number; unit: string; ordinal: boolean };
}

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/** Folds full-width ASCII (Ａ, １, ，) to ASCII so both widths compare equal. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Splits a text into tokens; numbers come from lib/linking/numbers.ts so units are understood. */
export function tokenize(text: string): CoverageToken[] {
  const folded = foldWidth(text);
  const numbers = extractNumbers(toSimplified(folded)).sort((a, b) => a.index - b.index);
  const tokens: CoverageToken[] = [];
  let at = 0;
  const plain = (end: number) => {
    while (at < end) {
      const code = folded.codePointAt(at)!;
      const char = String.fromCodePoint(code);
      if (LATIN_OR_DIGIT.test(char)) {
        let stop = at + 1;
        while (stop < end && LATIN_OR_DIGIT.test(folded[stop]!)) stop++;
        tokens.push({ kind: 'latin', text: text.slice(at, stop), key: folded.slice(at, stop).toLowerCase(), start: at, end: stop });
        at = stop;
        continue;
      }
      const kind: TokenKind = HAN.test(char) ? 'han' : 'punct';
      const key = kind === 'han' ? toSimplified(char) : char.trim() === '' ? ' ' : char;
      tokens.push({ kind, text: text.slice(at, at + char.length), key, start: at, end: at + char.length });
      at += char.length;
    }
  };
  for (const mention of numbers) {
    if (mention.index < at) continue; // overlapping mentions: the first one wins
    plain(mention.index);
    const end = mention.index + mention.surface.length;
    tokens.push({
      kind: 'number',
      text: text.slice(mention.index, end),
      key: `n:${mention.key}`,
      start: mention.index,
      end,
      number: { value: mention.value, unit: mention.unit, ordinal: mention.ordinal },
    });
    at = end;
  }
  plain(folded.length);
  return tokens;
}

/** True for tokens that carry meaning (everything but punctuation and space). */
export const isContent = (token: CoverageToken): boolean => token.kind !== 'punct';

/**
 * Features for similarity: pairs of neighbouring content tokens within a clause
 * (punctuation breaks the chain), plus every number on its own, which is distinctive.
 */
export function tokenFeatures(tokens: readonly CoverageToken[]): Set<string> {
  const features = new Set<string>();
  let previous: CoverageToken | null = null;
  for (const token of tokens) {
    if (!isContent(token)) {
      previous = null;
      continue;
    }
    if (token.kind === 'number') features.add(token.key);
    if (previous) features.add(`${previous.key}|${token.key}`);
    previous = token;
  }
  return features;
}
