import type { ParseError } from '@/lib/parse-result';
import type { ChronicleLine } from './classify-lines';
import { toIsoDate } from './date-heading';
import { endsSentence, joinBroken } from './sentences';
import type { DroppedText } from './types';

/** An entry as read from the page, before duplicates are removed and ids assigned. */
export interface RawEntry {
  line: number;
  date: string | null;
  text: string;
}

/**
 * A repeated fragment must be at least this long (in characters) to be dropped. Shorter
 * lines match earlier entries by chance, since the chronicle's phrasing is formulaic
 * (`合作是关键。`, `共同抗击疫情。`), so they are kept as text instead.
 */
const MIN_FRAGMENT_LENGTH = 10;

/**
 * Walks classified lines in document order and builds entries. A heading sets the date
 * for the entries after it; a heading that spells out a year also becomes the year for
 * later headings that do not. A bullet starts an entry. Other text after an entry is:
 * - a continuation when the entry does not yet end a sentence (a line or page break cut
 *   it), joined without a space, as Chinese is written;
 * - dropped when the entry is complete and the text repeats part of an entry already
 *   seen (a stray fragment from the page layout);
 * - otherwise a further paragraph of the entry, joined the same way. Keeping it is the
 *   least surprising choice: nothing real is lost, and a wrong join is easy to see.
 * Text with no entry before it (or after a heading but before its first bullet) is
 * dropped and reported. Artefacts are reported and skipped, so an entry cut by a page
 * break joins up across them.
 */
export function collectEntries(
  lines: ChronicleLine[],
  defaultYear: number,
): { entries: RawEntry[]; dropped: DroppedText[]; errors: ParseError[] } {
  const entries: RawEntry[] = [];
  const dropped: DroppedText[] = [];
  const errors: ParseError[] = [];
  let year = defaultYear;
  let date: string | null = null;
  let current: RawEntry | null = null;

  for (const l of lines) {
    if (l.kind === 'artefact') {
      dropped.push({ line: l.line, reason: l.reason, text: l.text });
    } else if (l.kind === 'heading') {
      const { heading } = l;
      year = heading.year ?? year;
      date = toIsoDate(year, heading.month, heading.day);
      if (!date) errors.push({ line: l.line, message: invalidDateMessage(heading.label, heading, year) });
      current = null;
    } else if (l.kind === 'entry') {
      current = { line: l.line, date, text: l.text };
      entries.push(current);
    } else if (!current) {
      dropped.push({ line: l.line, reason: 'text outside any entry', text: l.text });
    } else if (!endsSentence(current.text)) {
      current.text = joinBroken(current.text, l.text);
    } else {
      const repeated = findRepeatedIn(entries, l.text);
      const reason = repeated && `repeats part of the entry on line ${repeated.line}`;
      if (reason) dropped.push({ line: l.line, reason, text: l.text });
      else current.text = joinBroken(current.text, l.text);
    }
  }
  return { entries, dropped, errors };
}

function findRepeatedIn(entries: RawEntry[], text: string): RawEntry | undefined {
  if ([...text].length < MIN_FRAGMENT_LENGTH) return undefined;
  return entries.find((entry) => entry.text.includes(text));
}

function invalidDateMessage(label: string, heading: { month: number; day: number }, year: number): string {
  // 13月40日 is wrong in any year; 2月29日 only in some, so name the year then.
  const impossible = heading.month < 1 || heading.month > 12 || heading.day < 1 || heading.day > 31;
  return impossible || /年/.test(label) ? `invalid date "${label}"` : `invalid date "${label}" in ${year}`;
}
