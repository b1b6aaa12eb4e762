/**
 * Characters that end a sentence in Chinese (and Latin) running text, including closing
 * quotes and brackets that follow a full stop. A line whose text ends with one of these
 * is complete; anything else was cut by a line or page break.
 */
const SENTENCE_FINAL = /(?:[。！？!?…”」』）)]|(?<!\d)\.)$/;

/** True when `text` ends a sentence, so the next line is not a continuation of it. */
export function endsSentence(text: string): boolean {
  return SENTENCE_FINAL.test(text);
}

/**
 * Joins two pieces of one entry that a line or page break separated. Chinese is written
 * without spaces, so pieces are concatenated as is; only between two Latin words (or a
 * Latin punctuation mark and a word) is a space put back.
 */
export function joinBroken(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  const latinWordEnds = /[A-Za-z][,.;:!?)]?$/.test(before);
  const latinWordStarts = /^[A-Za-z0-9]/.test(after);
  return latinWordEnds && latinWordStarts ? `${before} ${after}` : `${before}${after}`;
}
