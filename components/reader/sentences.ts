/** A sentence of a turn; offsets are code points within the turn text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// A run of text up to and including its sentence-final punctuation and any closing quotes.
const SENTENCE = /[^。！？!?；;\n]+(?:[。！？!?；;]+[”’」』）)]*)?/gu;

/**
 * The sentences of a turn's text (paragraphs joined with "\n"), in order, for choosing one with
 * the keyboard. A sentence ends at 。！？!?；; (with closing quotes) or at a paragraph break;
 * leading and trailing spaces are left out and blank runs skipped.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let scanned = 0; // UTF-16 index up to which `codePoint` counts
  let codePoint = 0;
  const toCodePoint = (index: number) => {
    for (const char of text.slice(scanned, index)) {
      codePoint++;
      scanned += char.length;
    }
    return codePoint;
  };
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = toCodePoint(match.index + lead);
    const end = toCodePoint(match.index + lead + body.length);
    spans.push({ start, end });
  }
  return spans;
}
