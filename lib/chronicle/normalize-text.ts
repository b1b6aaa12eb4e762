/** One line of an input file, trimmed, with its 1-based line number in the original text. */
export interface SourceLine {
  line: number;
  text: string;
}

/**
 * Normalises a raw text file so every parser sees the same shape: no byte-order mark,
 * LF line ends, and each line trimmed of surrounding whitespace (including the
 * full-width U+3000 indentation common in Chinese layouts and non-breaking spaces).
 * Line count is preserved so line numbers in errors still match the original file.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** Splits raw text into normalised lines, keeping blank ones so numbering stays exact. */
export function toSourceLines(raw: string): SourceLine[] {
  return normalizeText(raw)
    .split('\n')
    .map((text, index) => ({ line: index + 1, text }));
}

/** Converts full-width digits (０-９) to ASCII so dates typed either way parse alike. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}
