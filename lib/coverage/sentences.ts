/** Sentences with their offsets, for pairing news passages with turn passages. */

/** A sentence of a text: UTF-16 offsets into the text, and the text itself (trimmed). */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// A sentence ends after 。！？；… (and their ASCII forms) and any closing quotes or brackets after them.
const SENTENCE = /[^。！？；!?;…\n]+(?:[。！？；!?;…]+[”’」』）)"']*|\n|$)/g;

/**
 * Splits a text into sentences (after 。！？；…, line breaks, and closing quotes that follow),
 * trimmed, dropping those without a letter or character. Offsets point into `text`.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const start = match.index + lead;
    spans.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return spans;
}
