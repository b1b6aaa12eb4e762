/**
 * Date cues in what a speaker says (今天晚上, 昨天, 上周, 3月16日, 1月11号), resolved against
 * the press conference's own date. Dates are calendar days (YYYY-MM-DD) in the
 * conference's local time; arithmetic happens in UTC so no time zone can shift a day.
 */
import { parseChineseNumeral } from './numbers';
import type { DateCue } from './types';

const DAY_MS = 86_400_000;

/** The local calendar day of an ISO 8601 timestamp with offset (`2020-03-26T10:00:00+08:00` → `2020-03-26`). */
export function localDate(isoTimestamp: string | null): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(isoTimestamp ?? '')?.[0] ?? null;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Signed number of days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Relative words and their offset in days from the conference; longest first. */
const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['今天晚上', 0], ['今天上午', 0], ['今天下午', 0], ['昨天晚上', -1], ['今晚', 0], ['今早', 0], ['今天', 0], ['今日', 0],
  ['昨天', -1], ['昨日', -1], ['昨晚', -1], ['前天', -2], ['明天', 1], ['明日', 1],
];
const RELATIVE_WEEKS: readonly (readonly [string, number])[] = [
  ['上个星期', -1], ['上星期', -1], ['上周', -1], ['本周', 0], ['这周', 0], ['这个星期', 0], ['下周', 1],
];
const NUMERAL = '[0-9]{1,2}|[一二三四五六七八九十]{1,3}';
const MONTH_DAY = new RegExp(`(${NUMERAL})月(${NUMERAL})[日号]`, 'g');
// A day without a month (18日): not after a digit or 月, and not 日前 ("recently").
const BARE_DAY = new RegExp(`(?<![0-9月一二三四五六七八九十])([0-9]{1,2})[日号](?!前)`, 'g');
const RELATIVE = new RegExp([...RELATIVE_DAYS, ...RELATIVE_WEEKS].map(([cue]) => cue).join('|'), 'g');

const numeral = (text: string) => (/^\d/.test(text) ? Number(text) : parseChineseNumeral(text) ?? 0);

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const isValid = (date: string) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

/** Resolves the date cues of a text; `heldOn` is the conference's date (YYYY-MM-DD). */
export function resolveDateCues(text: string, heldOn: string): DateCue[] {
  const cues: DateCue[] = [];
  let at = 0;
  const add = (cue: string, from: string, to = from) => {
    const sentence = sentenceAround(text, at);
    if (isValid(from) && isValid(to) && !cues.some((c) => c.cue === cue && c.from === from && c.sentence === sentence)) {
      cues.push({ cue, from, to, sentence });
    }
  };
  for (const { 0: cue, index } of text.matchAll(RELATIVE)) {
    at = index;
    const days = RELATIVE_DAYS.find(([word]) => word === cue)?.[1];
    if (days !== undefined) add(cue, addDays(heldOn, days));
    const weeks = RELATIVE_WEEKS.find(([word]) => word === cue)?.[1];
    if (weeks !== undefined) {
      const monday = addDays(heldOn, -((new Date(`${heldOn}T00:00:00Z`).getUTCDay() + 6) % 7) + 7 * weeks);
      add(cue, monday, addDays(monday, 6));
    }
  }
  const year = Number(heldOn.slice(0, 4));
  for (const { 0: cue, 1: month = '', 2: day = '', index } of text.matchAll(MONTH_DAY)) {
    at = index;
    const date = iso(year, numeral(month), numeral(day));
    // Speakers look back: a date well after the conference belongs to the previous year.
    add(cue, daysBetween(heldOn, date) > 31 ? iso(year - 1, numeral(month), numeral(day)) : date);
  }
  for (const { 0: cue, 1: day = '', index } of text.matchAll(BARE_DAY)) {
    at = index;
    const [y, m] = heldOn.split('-').map(Number) as [number, number];
    const sameMonth = iso(y, m, Number(day));
    add(cue, sameMonth <= heldOn ? sameMonth : m === 1 ? iso(y - 1, 12, Number(day)) : iso(y, m - 1, Number(day)));
  }
  return cues;
}

/** The sentence around a position: from the previous to the next 。！？；or line break. */
function sentenceAround(text: string, position: number): string {
  const start = Math.max(...['。', '！', '？', '；', '\n'].map((mark) => text.lastIndexOf(mark, position - 1))) + 1;
  const ends = ['。', '！', '？', '；', '\n'].map((mark) => text.indexOf(mark, position)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) + 1 : text.length);
}
