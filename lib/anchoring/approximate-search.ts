/**
 * Approximate substring search over code-point arrays (Sellers' dynamic programming with
 * Ukkonen's cut-off, O(text × maxErrors) on typical input), and the plain edit distance used to
 * score quote context. Pure; positions and lengths are indexes into the given arrays.
 */

/** One place where `pattern` matches `text[start, end)` with `errors` edits. */
export interface ApproximateMatch {
  start: number;
  end: number;
  /** Levenshtein distance between the pattern and `text[start, end)`. */
  errors: number;
}

/**
 * Every place where `pattern` matches a substring of `text` with at most `maxErrors` insertions,
 * deletions or substitutions. Of neighbouring end positions only local minima are kept (an exact
 * match is not reported again as a 1-error match one position longer). Ordered by `end`.
 */
export function searchApproximate(text: readonly number[], pattern: readonly number[], maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  const k = Math.max(0, Math.floor(maxErrors));
  if (m === 0) return [];

  // Column of the DP table for the text read so far: cost[i] = fewest edits turning pattern[0, i)
  // into a substring of the text ending here; from[i] = where that substring starts.
  let prevCost = new Int32Array(m + 2);
  let prevFrom = new Int32Array(m + 2);
  let cost = new Int32Array(m + 2);
  let from = new Int32Array(m + 2);
  for (let i = 0; i <= m; i++) prevCost[i] = i;
  // Last row whose cost is <= k; rows below it are never looked at (Ukkonen's cut-off).
  let lastActive = Math.min(k, m);

  const raw: ApproximateMatch[] = [];
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    const top = Math.min(m, lastActive + 1);
    cost[0] = 0;
    from[0] = j + 1;
    for (let i = 1; i <= top; i++) {
      let best = (prevCost[i - 1] ?? 0) + (pattern[i - 1] === c ? 0 : 1);
      let bestFrom = prevFrom[i - 1] ?? 0;
      const skipPattern = (cost[i - 1] ?? 0) + 1;
      if (skipPattern < best) {
        best = skipPattern;
        bestFrom = from[i - 1] ?? 0;
      }
      const skipText = (prevCost[i] ?? 0) + 1;
      if (skipText < best) {
        best = skipText;
        bestFrom = prevFrom[i] ?? 0;
      }
      cost[i] = best;
      from[i] = bestFrom;
    }
    // The row just past `top` was not computed: mark it as too costly for the next column.
    if (top < m) cost[top + 1] = k + 1;

    lastActive = top;
    while (lastActive > 0 && (cost[lastActive] ?? 0) > k) lastActive--;
    if (top === m && (cost[m] ?? 0) <= k) raw.push({ start: from[m] ?? 0, end: j + 1, errors: cost[m] ?? 0 });

    [prevCost, cost] = [cost, prevCost];
    [prevFrom, from] = [from, prevFrom];
  }
  return localMinima(raw);
}

/** Keeps a match unless a neighbouring end position (end ± 1) matches with fewer errors; of equal neighbours the first. */
function localMinima(matches: ApproximateMatch[]): ApproximateMatch[] {
  return matches.filter((match, i) => {
    const before = matches[i - 1];
    const after = matches[i + 1];
    const beatenBefore = before !== undefined && before.end === match.end - 1 && before.errors <= match.errors;
    const beatenAfter = after !== undefined && after.end === match.end + 1 && after.errors < match.errors;
    return !beatenBefore && !beatenAfter;
  });
}

/** Levenshtein distance between two code-point arrays (insertions, deletions, substitutions). */
export function editDistance(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitute = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(substitute, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}
