const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` code points, with `ellipsis` appended when anything was cut (the
 * ellipsis is not counted). The unit is the code point, as for every offset in this project,
 * so a character outside the BMP (𠮷, an emoji) is never split into a lone surrogate; the cut
 * also falls between user-perceived characters (an emoji with its modifier or ZWJ sequence, a
 * letter with its accents stays whole or goes whole), unless a single one is longer than `max`.
 * Trailing white space before the ellipsis is dropped.
 */
export function truncateCodePoints(text: string, max: number, ellipsis = '…'): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return text;
  let kept = '';
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    const length = Array.from(segment).length;
    if (count + length > max) break;
    kept += segment;
    count += length;
  }
  // One grapheme longer than `max` (a long combining sequence): cut it at a code point.
  if (count === 0) kept = codePoints.slice(0, max).join('');
  return `${kept.trimEnd()}${ellipsis}`;
}
