import { truncateCodePoints } from './truncate';

/**
 * The start of a text for a list entry: its first paragraph, cut to `maxChars` code points
 * with an ellipsis (truncateCodePoints, so a character outside the BMP, such as a rare CJK
 * name character, is never split).
 */
export function snippet(text: string, maxChars = 48): string {
  const firstParagraph = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  return truncateCodePoints(firstParagraph, maxChars);
}
