import type { ParseError } from '@/lib/parse-result';
import type { DetectedLayout } from './layouts';

/**
 * Least share of the body's characters that must lie inside turns. A transcript read right
 * leaves only stray lines out (an editor's note, a caption): 0.97–1.0 on every fixture. A
 * misreading leaves whole paragraphs out (an article around one `问：`, a list of links after
 * a colon line) and falls far below. 0.9 leaves room for a few stray lines in a short file.
 */
export const MIN_COVERAGE = 0.9;

/** How many unplaced lines a refusal quotes. */
const QUOTED = 5;

const excerpt = (text: string) => (Array.from(text).length > 40 ? `${Array.from(text).slice(0, 40).join('')}…` : text);
const percent = (share: number) => `${Math.floor(share * 100)}%`;

/**
 * Refuses a segmentation that is not a transcript, rather than return it half-right: fewer than
 * two turns or a single speaker (a salutation or a heading taken for one) unless a marker or
 * closing times frame the text, or coverage below `MIN_COVERAGE`, quoting the lines that fit
 * no turn. Returns [] when the parse may stand.
 */
export function judgeParse(found: DetectedLayout, hasMarker: boolean): ParseError[] {
  const [first] = found.turns;
  if (!first) return [];
  // A marker (`以下为文字实录`) or closing times say outright that this is a transcript, however short.
  const framed = hasMarker || found.layout.timed;
  if (!framed && found.turns.length < 2) {
    return [{ line: first.line, message: `only one speaker turn found ("${first.label}"): a transcript has at least a question and an answer` }];
  }
  if (!framed && found.turns.every((t) => t.label === first.label)) {
    return [{ line: first.line, message: `every turn is by "${first.label}": a transcript has at least two speakers` }];
  }
  const { share, unplaced } = found.coverage;
  if (share >= MIN_COVERAGE) return [];
  const quoted = unplaced.slice(0, QUOTED).map((l) => ({ line: l.number, message: `in no speaker turn: "${excerpt(l.text)}"` }));
  const more = unplaced.length - quoted.length;
  return [
    {
      line: unplaced[0]?.number ?? first.line,
      message: `only ${percent(share)} of the text is in speaker turns (${percent(MIN_COVERAGE)} needed under layout ${found.layout.id}): not a transcript this parser can read`,
    },
    ...quoted,
    ...(more > 0 ? [{ line: unplaced[QUOTED]?.number ?? first.line, message: `and ${more} more lines in no speaker turn` }] : []),
  ];
}
