import { simplified } from './script';

/** A source line: its 1-based number, and its text trimmed of all whitespace. */
export interface SourceLine {
  number: number;
  /** The line as written, without its line ending (and without a leading BOM). */
  raw: string;
  /**
   * `raw` trimmed of whitespace (full-width spaces and zero-width characters included), control
   * characters removed; '' for a line the page put there (see `skip`).
   */
  text: string;
  /** Why a line holding something is not transcript text: a rule line, an end mark, site chrome, front matter or a heading. */
  skip?: 'separator' | 'end' | 'chrome' | 'meta';
}

// `\s` already covers U+3000, NBSP and the BOM; zero-width spaces and joiners are not "white
// space" to JavaScript but copy-pasted web text is full of them.
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;

/** Trims whitespace, full-width spaces and zero-width characters from both ends. */
export function trimText(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

// C0 controls other than tab and line ends, DEL, and C1 controls never belong in a turn.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Splits raw file text into lines: drops a leading BOM, accepts LF, CRLF and lone CR. */
export function splitLines(raw: string): SourceLine[] {
  const text = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, raw: line, text: trimText(line.replace(CONTROL, '')) }));
}

// 以下为文字实录： / 以下是发布会图文实录 / 文字实录如下: — the line that ends the header.
const MARKER =
  /^(?:以下[为是](?:本次|此次)?(?:发布会|记者会)?(?:文字|图文)?实录(?:全文)?|(?:文字|图文)实录(?:如下)?)\s*[:：]?$/;
// 以下為行政長官…會見傳媒的開場發言和答問內容： — a government release introducing its transcript.
const INTRO = /^以下[为是].{0,80}(?:答问|实录|谈话|讲话|发言|问答)(?:内容|全文|实录)?(?:如下)?[:：]$/u;

/** True for the line announcing that the transcript starts, e.g. `以下为文字实录：`, `以下為…答問內容：`. */
export function isMarker(text: string): boolean {
  if (text.length > 120) return false;
  const plain = simplified(text);
  return MARKER.test(plain) || INTRO.test(plain);
}
