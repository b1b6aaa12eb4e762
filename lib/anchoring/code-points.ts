/**
 * The one place where code-point offsets (W3C selectors, stored anchors) meet UTF-16 indexes
 * (JavaScript strings, DOM Range offsets). Everything else in the app speaks code points; any
 * conversion goes through these functions, so a character outside the BMP (𠮷, 😀) counts as one
 * everywhere.
 *
 * A lone surrogate counts as one code point, like `String.prototype.codePointAt` does.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of UTF-16 units of the code point starting at `i` (2 for a surrogate pair, else 1). */
function unitsAt(s: string, i: number): 1 | 2 {
  return isHighSurrogate(s.charCodeAt(i)) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1;
}

/** Length of `s` in Unicode code points. */
export function codePointLength(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i += unitsAt(s, i)) count++;
  return count;
}

/**
 * UTF-16 index of code-point offset `codePointIndex` in `s`. Offsets are clamped to
 * `0..codePointLength(s)`, so the result is always a valid string index.
 */
export function codePointToUtf16(s: string, codePointIndex: number): number {
  let i = 0;
  for (let cp = 0; cp < codePointIndex && i < s.length; cp++) i += unitsAt(s, i);
  return i;
}

/**
 * Code-point offset of UTF-16 index `utf16Index` in `s` (clamped to the string). An index that
 * falls between the two halves of a surrogate pair rounds up to the end of that character, so a
 * DOM selection never splits one.
 */
export function utf16ToCodePoint(s: string, utf16Index: number): number {
  const end = Math.min(Math.max(utf16Index, 0), s.length);
  let count = 0;
  for (let i = 0; i < end; i += unitsAt(s, i)) count++;
  return count;
}

/** `s` between code-point offsets `start` (inclusive) and `end` (exclusive), clamped to `s`. */
export function codePointSlice(s: string, start: number, end: number): string {
  const from = codePointToUtf16(s, start);
  // Continue from `from` instead of rescanning the string for the end offset.
  let to = from;
  for (let cp = Math.max(start, 0); cp < end && to < s.length; cp++) to += unitsAt(s, to);
  return s.slice(from, Math.max(from, to));
}

/** The code points of `s` as numbers: the unit in which fuzzy matching measures edits. */
export function codePoints(s: string): number[] {
  const result: number[] = [];
  for (let i = 0; i < s.length; i += unitsAt(s, i)) result.push(s.codePointAt(i) ?? 0);
  return result;
}

/**
 * Code-point offsets of every occurrence of `needle` in `haystack`, in order (overlapping
 * occurrences included). Uses the native `indexOf` and converts offsets in a single pass.
 */
export function indexesOf(haystack: string, needle: string): number[] {
  const result: number[] = [];
  if (needle === '') return result;
  let scanned = 0; // UTF-16 index up to which `codePoint` counts
  let codePoint = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    while (scanned < at) {
      scanned += unitsAt(haystack, scanned);
      codePoint++;
    }
    // A needle starting with a low surrogate can match inside a pair; real quotes never do.
    if (scanned === at) result.push(codePoint);
  }
  return result;
}
