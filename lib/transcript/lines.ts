/** A source line: its 1-based number, and its text trimmed of all whitespace. */
export interface SourceLine {
  number: number;
  /** The line as written, without its line ending (and without a leading BOM). */
  raw: string;
  /** `raw` trimmed of whitespace, including full-width spaces (U+3000) and zero-width characters. */
  text: string;
}

// `\s` already covers U+3000, NBSP and the BOM; zero-width spaces and joiners are not "white
// space" to JavaScript but copy-pasted web text is full of them.
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;

/** Trims whitespace, full-width spaces and zero-width characters from both ends. */
export function trimText(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

/** Splits raw file text into lines: drops a leading BOM, accepts LF, CRLF and lone CR. */
export function splitLines(raw: string): SourceLine[] {
  const text = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, raw: line, text: trimText(line) }));
}

// 以下为文字实录： / 以下是发布会图文实录 / 文字实录如下: — the line that ends the header.
const MARKER =
  /^(?:以下[为是](?:本次|此次)?(?:发布会|记者会)?(?:文字|图文)?实录(?:全文)?|(?:文字|图文)实录(?:如下)?)\s*[:：]?$/;

/** True for the line announcing that the transcript starts, e.g. `以下为文字实录：`. */
export function isMarker(text: string): boolean {
  return MARKER.test(text);
}
