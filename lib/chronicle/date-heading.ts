import { toAsciiDigits } from './normalize-text';

/** A date heading line such as `3月8日`, `2020年3月8日` or `3月8日（星期日）`. */
export interface DateHeading {
  /** Year when the heading spells it out (`2020年3月8日`), else null. */
  year: number | null;
  month: number;
  day: number;
  /** The date as written, without a weekday, for error messages. */
  label: string;
}

// Whole-line match only: dates inside entry text (`3月25日,有23个省份…`) are not headings.
const HEADING =
  /^((?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日)\s*(?:[(（]\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*[)）])?$/;

/** Reads a date heading line, or returns null when the line is not one. Does not validate. */
export function parseDateHeading(text: string): DateHeading | null {
  const match = HEADING.exec(toAsciiDigits(text.trim()));
  if (!match) return null;
  const [, label = '', year, month = '', day = ''] = match;
  return { year: year ? Number(year) : null, month: Number(month), day: Number(day), label };
}

/** Formats a calendar day as YYYY-MM-DD, or returns null when the day does not exist. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2月30日 over into March, so a round trip shows whether the day exists.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
