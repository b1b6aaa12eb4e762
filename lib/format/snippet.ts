/**
 * The start of a text for a list entry: its first paragraph, cut to `maxChars` code points
 * with an ellipsis. Counting code points (not UTF-16 units) never splits a character outside
 * the BMP, such as a rare CJK name character.
 */
export function snippet(text: string, maxChars = 48): string {
  const firstParagraph = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const chars = Array.from(firstParagraph);
  if (chars.length <= maxChars) return firstParagraph;
  return `${chars.slice(0, maxChars).join('').trimEnd()}…`;
}
