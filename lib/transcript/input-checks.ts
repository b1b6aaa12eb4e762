import type { ParseError } from '@/lib/parse-result';

/** Most characters the parser reads: about twice the app's 5 MB upload limit. */
export const MAX_INPUT_CHARS = 10_000_000;
/** Longest line the parser reads: no paragraph of a transcript comes near it. */
export const MAX_LINE_CHARS = 200_000;

// C0 controls other than tab and line ends, and U+FFFD (bytes a decoder could not read).
const GARBAGE = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffd]/gu;

/** 1-based line of the character at `index` (CRLF, CR and LF each end a line). */
function lineAt(raw: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

const n = (value: number) => value.toLocaleString('en-US');

/**
 * Refuses input that is no text to parse, before any pattern sees it: too large, holding a NUL
 * byte (binary data), more than 1% control or replacement characters (binary, or text read in
 * the wrong encoding), or a line longer than any paragraph. Returns the problem, or null.
 */
export function checkInput(raw: string): ParseError | null {
  if (raw.length > MAX_INPUT_CHARS) {
    return { line: 1, message: `input too large: ${n(raw.length)} characters, the limit is ${n(MAX_INPUT_CHARS)}` };
  }
  const nul = raw.indexOf('\u0000');
  if (nul >= 0) return { line: lineAt(raw, nul), message: 'NUL byte: this is binary data, not a text transcript' };
  const garbage = raw.match(GARBAGE);
  if (garbage && garbage.length >= 8 && garbage.length > raw.replace(/\s/gu, '').length / 100) {
    const first = raw.search(GARBAGE);
    const share = Math.max(1, Math.round((100 * garbage.length) / raw.length));
    return { line: lineAt(raw, first), message: `${share}% of the characters are control or replacement characters: the file is binary or in an encoding that was not recognised` };
  }
  const eol = /\r\n|\r|\n/gu;
  let start = 0;
  let line = 1;
  for (let m = eol.exec(raw); ; m = eol.exec(raw)) {
    const length = (m ? m.index : raw.length) - start;
    if (length > MAX_LINE_CHARS) return { line, message: `line too long: ${n(length)} characters, longer than any paragraph of a transcript (limit ${n(MAX_LINE_CHARS)})` };
    if (!m) break;
    start = m.index + m[0].length;
    line++;
  }
  return null;
}
