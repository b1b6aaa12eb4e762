/** Where a chronicle's year came from, in the order they are tried. */
export type YearSource = 'option' | 'heading' | 'file name' | 'text';

/** What the year can be inferred from; see {@link inferYear}. */
export interface YearClues {
  /** `options.year` / `--year` from the caller. */
  optionYear?: number;
  /** Years of headings that spell one out (`2020年3月8日`), in document order. */
  headingYears: number[];
  fileName?: string;
  /** The whole text, searched for years written as `2020年`. */
  text: string;
}

// Only 19xx and 20xx count as plausible, so a number like 2000万 is not mistaken for one.
const YEAR_IN_NAME = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})\s*年/g;

/**
 * Decides which year headings like `3月8日` belong to. Tried in order: the caller's
 * option; the first heading that spells out a year; a 4-digit year in the file name
 * (chronicle-2020-03.txt); the year most often written as `YYYY年` in the text (ties go
 * to the one seen first). Returns null when none of these gives one.
 */
export function inferYear(clues: YearClues): { year: number; source: YearSource } | null {
  if (clues.optionYear !== undefined) return { year: clues.optionYear, source: 'option' };
  const [headingYear] = clues.headingYears;
  if (headingYear !== undefined) return { year: headingYear, source: 'heading' };
  const fromName = clues.fileName ? YEAR_IN_NAME.exec(baseName(clues.fileName)) : null;
  if (fromName?.[1]) return { year: Number(fromName[1]), source: 'file name' };
  const fromText = mostFrequentYear(clues.text);
  return fromText === null ? null : { year: fromText, source: 'text' };
}

// No node:path here: the parsers are pure and may run in the browser (upload form).
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function mostFrequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(YEAR_IN_TEXT)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  // Map iteration follows insertion order, so with `>` the earliest year wins a tie.
  for (const [year, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) best = year;
  }
  return best;
}
