/**
 * What a news sentence changed in the turn sentence it reports: words left out, words added,
 * numbers changed. Tokens (coverage-tokens.ts) are aligned by their normalised keys with a
 * longest common subsequence, so 八十九个国家 = 89个国家 and 第五批 = 第5批 are the same, while
 * 4批 ↔ 五批 is a changed number. Punctuation is never a difference.
 */
import { isContent, tokenize, type CoverageToken } from './tokens';

/** `same`: in both; `omitted`: only in the turn; `added`: only in the news; `changed`: a number that differs. */
export type DiffKind = 'same' | 'omitted' | 'added' | 'changed';

/** A run of text of one kind, as written on its side. */
export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** A number the news gives differently from the turn (`4批` → `五批`). */
export interface NumberChange {
  turn: string;
  news: string;
}

/** Both sides of a passage, cut into segments that concatenate back to the original sentences. */
export interface PassageDiff {
  turn: DiffSegment[];
  news: DiffSegment[];
  numberChanges: NumberChange[];
}

/** Indices of an LCS of the two content-token sequences, as matched pairs in order. */
function lcsPairs(a: readonly CoverageToken[], b: readonly CoverageToken[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i]!.key === b[j]!.key ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i]!.key === b[j]!.key) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Drops matches that are noise: a lone Han character (的, 和) matched between two
 * differences, which would cut one changed phrase into pieces.
 */
function cleanPairs(pairs: [number, number][], a: readonly CoverageToken[]): [number, number][] {
  return pairs.filter(([i, j], k) => {
    if (a[i]!.kind === 'number') return true;
    const previous = pairs[k - 1];
    const next = pairs[k + 1];
    const joinedBefore = previous !== undefined && previous[0] === i - 1 && previous[1] === j - 1;
    const joinedAfter = next !== undefined && next[0] === i + 1 && next[1] === j + 1;
    if (joinedBefore || joinedAfter) return true;
    const gapBefore = previous === undefined ? i > 0 || j > 0 : true;
    const gapAfter = next === undefined ? i < a.length - 1 : true;
    return !(gapBefore && gapAfter);
  });
}

/** Segments of one side: each content token's kind, punctuation taking its neighbours' kind when they agree. */
function segmentsOf(text: string, tokens: readonly CoverageToken[], kinds: ReadonlyMap<CoverageToken, DiffKind>): DiffSegment[] {
  const resolved = tokens.map((token, i) => {
    const own = kinds.get(token);
    if (own) return own;
    const before = tokens.slice(0, i).reverse().find((t) => kinds.has(t));
    const after = tokens.slice(i + 1).find((t) => kinds.has(t));
    const k1 = before && kinds.get(before);
    return k1 && after && kinds.get(after) === k1 ? k1 : 'same';
  });
  const segments: DiffSegment[] = [];
  tokens.forEach((token, i) => {
    const kind = resolved[i]!;
    const last = segments.at(-1);
    const piece = text.slice(token.start, token.end);
    if (last && last.kind === kind) last.text += piece;
    else segments.push({ kind, text: piece });
  });
  return segments;
}

/** Compares a turn sentence with the news sentence that reports it. */
export function diffPassage(turnText: string, newsText: string): PassageDiff {
  const turnTokens = tokenize(turnText);
  const newsTokens = tokenize(newsText);
  const a = turnTokens.filter(isContent);
  const b = newsTokens.filter(isContent);
  const pairs = cleanPairs(lcsPairs(a, b), a);
  const kinds = new Map<CoverageToken, DiffKind>();
  for (const token of a) kinds.set(token, 'omitted');
  for (const token of b) kinds.set(token, 'added');
  for (const [i, j] of pairs) {
    kinds.set(a[i]!, 'same');
    kinds.set(b[j]!, 'same');
  }
  // Between two matches, a number on each side with the same unit is one number changed.
  const numberChanges: NumberChange[] = [];
  const bounds: [number, number][] = [[-1, -1], ...pairs, [a.length, b.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k]!;
    const [i1, j1] = bounds[k + 1]!;
    const left = a.slice(i0 + 1, i1).filter((t) => t.kind === 'number');
    const right = b.slice(j0 + 1, j1).filter((t) => t.kind === 'number');
    for (const l of left) {
      const r = right.find((t) => kinds.get(t) === 'added' && t.number!.unit === l.number!.unit && t.number!.ordinal === l.number!.ordinal);
      if (!r) continue;
      kinds.set(l, 'changed');
      kinds.set(r, 'changed');
      numberChanges.push({ turn: l.text, news: r.text });
    }
  }
  return { turn: segmentsOf(turnText, turnTokens, kinds), news: segmentsOf(newsText, newsTokens, kinds), numberChanges };
}
