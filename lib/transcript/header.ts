import { findEnglishDate, findEnglishTime, looksLikeEnglishTitle } from './header-en';
import { matchInlineTag, matchOwnLineTag } from './labels';
import { isDateline } from './line-kinds';
import { isMarker, type SourceLine } from './lines';
import type { PageInfo } from './page-lines';
import { findSpokesperson, type Spokesperson } from './spokesperson';
import { findDate, findHeldAt, matchStamp, toIso } from './times';
import { titleFromSummary } from './title-from-summary';

export { titleFromSummary };

/** What the lines before the transcript body say about the event. */
export interface TranscriptHeader {
  title: string;
  source: string | null;
  summary: string | null;
  /** `YYYY-MM-DD` of the event from the header, the page or a release date (used for bare times of day), or null. */
  date: string | null;
  heldAt: string | null;
  /** UTC offset the header names (`12:31 P.M. EST` → `-05:00`), or null. */
  offset: string | null;
  /** The spokesperson a header line names (`外交部发言人耿爽主持…`), or null. */
  spokesperson: Spokesperson | null;
  /** The header lines joined with "\n": officials' titles are looked up here. */
  text: string;
  /** Index (0-based) into the lines of the first line after the header. */
  bodyFrom: number;
  /** True when a marker such as `以下为文字实录：` ends the header. */
  hasMarker: boolean;
}

/** Filled lines before the first turn that may still be header (title, source, date, byline…). */
export const HEADER_LINES = 12;

const SUMMARY_HINT = /\d{4}年[\d零〇一二三四五六七八九十]{1,2}月|发布会|记者会|吹风会|见面会/u;

/** True for the header's summary sentence: it names the date or the kind of event. */
export function looksLikeSummary(text: string): boolean {
  return SUMMARY_HINT.test(text.slice(0, 300)) && Array.from(text).length > 15;
}

/**
 * True for a line that may stand in a header: a title, date, byline or time line (short, not a
 * sentence), a dated summary sentence, or the marker. Prose paragraphs are not header lines.
 */
export function isHeaderLike(text: string): boolean {
  if (!text || isMarker(text) || isDateline(text) || looksLikeEnglishTitle(text)) return true;
  if (text.length <= 300 && (looksLikeSummary(text) || findDate(text))) return true;
  const words = text.split(/\s+/u).length;
  return Array.from(text).length <= 80 && !/[。！？!?；;：:]$/u.test(text) && !(words >= 8 && /[.]$/u.test(text));
}

function nextText(lines: SourceLine[], from: number): string {
  return lines.slice(from, from + 20).find((l) => l.text)?.text ?? '';
}

/** The source tag (`【财新网】` alone, or opening the summary line) at line `i`, or null. */
function sourceTagAt(lines: SourceLine[], i: number): { source: string; summary: string | null } | null {
  const text = lines[i]?.text ?? '';
  const own = matchOwnLineTag(text);
  if (own?.bracketed && looksLikeSummary(nextText(lines, i + 1))) return { source: own.label, summary: null };
  const inline = matchInlineTag(text);
  if (inline?.bracketed && looksLikeSummary(inline.rest)) return { source: inline.label, summary: inline.rest };
  return null;
}

/** Without a marker the header ends at the first speaker tag or time line (a source tag aside). */
function headerEnd(lines: SourceLine[], firstFilled: number): number {
  const end = lines.findIndex(
    (l, i) =>
      l.text !== '' &&
      !(i === firstFilled && sourceTagAt(lines, i)) &&
      (matchStamp(l.text) !== null || matchOwnLineTag(l.text) !== null || matchInlineTag(l.text) !== null),
  );
  return end < 0 ? lines.length : end;
}

const LEADING_DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2})\s*/u;
const titleShaped = (text: string) => Array.from(text).length <= 60 && !/[。！？]$/u.test(text);

// A line saying when the page was posted or where it comes from, not when the event was held.
const POSTING = /发布时间|发布日期|发稿时间|更新时间|来源[:：]|时间[:：]|Posted|Updated/u;

/**
 * The header's summary sentence: the summary-like line giving the date and time the event began
 * (`…于2024年5月14日（星期二）下午3时召开新闻发布会…`), else a dated sentence, else a
 * summary-like sentence (`5月14日上午，生态环境部举行…新闻发布会。`), else the first dated line,
 * else a summary-like line.
 * A title line that merely names the event and its date (`…2024年5月14日新闻发布会文字实录`)
 * gives way to a sentence that also says the hour.
 */
function pickSummary(rest: SourceLine[], offset: string): string | undefined {
  const isSentence = (text: string) => /[，,。]/u.test(text);
  const timed = rest.find((l) => looksLikeSummary(l.text) && !POSTING.test(l.text) && findHeldAt(l.text, offset));
  const datedSentence = rest.find((l) => findDate(l.text) && isSentence(l.text) && !POSTING.test(l.text));
  const sentence = rest.find((l) => looksLikeSummary(l.text) && isSentence(l.text));
  const dated = rest.find((l) => findDate(l.text) && !POSTING.test(l.text)) ?? rest.find((l) => findDate(l.text));
  return (timed ?? datedSentence ?? sentence ?? dated ?? rest.find((l) => looksLikeSummary(l.text)))?.text;
}

/**
 * The English title line: of the lines naming the kind of event (`Press Briefing by Press
 * Secretary …`), the one with most words, so a site section (`Briefing Room`, `Press
 * Briefings`) never wins over the briefing's own title.
 */
function englishTitle(rest: SourceLine[]): string | undefined {
  const words = (text: string) => text.split(/\s+/u).length;
  return rest.filter((l) => looksLikeEnglishTitle(l.text)).reduce<string | undefined>((best, l) => (!best || words(l.text) > words(best) ? l.text : best), undefined);
}

// A page title's site name: `…例行记者会_中华人民共和国外交部`, `…实录｜国务院新闻办公室`, `…记者会 - 新华网`.
const SITE_SUFFIX = /(?:\s*[_｜|]\s*[^_｜|。！？，,]{2,30}|\s+[-－—]\s+\p{Script=Han}[\p{Script=Han}\p{Script=Latin}]{1,29})$/u;

/** `title` without the site name a page title appends (`…例行记者会_中华人民共和国外交部`). */
export function withoutSiteName(title: string): string {
  const found = SITE_SUFFIX.exec(title);
  const rest = found ? title.slice(0, found.index).trim() : title;
  // What names the event is title, not a site (`…_2023年发布会实录`).
  return found && Array.from(rest).length >= 6 && !/发布会|记者会|吹风会|见面会|实录|\d{4}年/u.test(found[0]) ? rest : title;
}

/** Options of `readHeader`: where the body starts when no marker says so, and what the page said. */
export interface ReadHeaderOptions {
  /** Index of the first body line; default: the first speaker tag or time line. */
  end?: number;
  page?: PageInfo;
  /** The release date printed after the transcript (`2023年3月14日（星期二）`): the event's date when the header says `今日`. */
  releasedOn?: string | null;
}

/**
 * Reads the header: the lines before the marker, or without a marker the lines before `end`.
 * Finds the source tag, the summary sentence, a title (a date before it left out), the date,
 * `heldAt` (with `offset`, or the zone the header names), the spokesperson, and where the body starts.
 */
export function readHeader(lines: SourceLine[], offset: string, options: ReadHeaderOptions = {}): TranscriptHeader {
  const firstFilled = lines.findIndex((l) => l.text !== '');
  const marker = lines.findIndex((l) => l.text !== '' && isMarker(l.text));
  const end = marker >= 0 ? marker : (options.end ?? headerEnd(lines, firstFilled));
  const filled = lines.slice(0, end).filter((l) => l.text !== '');
  const tag = firstFilled >= 0 && firstFilled < end ? sourceTagAt(lines, firstFilled) : null;
  const rest = tag ? filled.slice(1) : filled;
  const summary = tag?.summary ?? (pickSummary(rest, offset) ?? null);
  const first = tag?.summary ? undefined : rest[0]?.text;
  const english = englishTitle(rest);
  const plain =
    first && titleShaped(first) && (first !== summary || LEADING_DATE.test(first) || !findDate(first)) ? first.replace(LEADING_DATE, '') : null;
  const title = withoutSiteName(
    options.page?.title ??
      english ??
      (plain || null) ??
      (summary ? titleFromSummary(summary) : null) ??
      (tag ? `${tag.source}文字实录` : '文字实录'),
  );
  // The marker line may introduce people too (`以下為行政長官今日…答問內容：`).
  // So does the page's own title (front matter, a markdown heading), blanked from the lines.
  const text = [...(options.page?.title ? [options.page.title] : []), ...[...filled, ...(marker >= 0 ? [lines[marker] as SourceLine] : [])].map((l) => l.text)].join('\n');
  const date =
    (summary ? findDate(summary)?.date : null) ??
    rest.map((l) => findDate(l.text)?.date ?? findEnglishDate(l.text)).find(Boolean) ??
    (options.page?.date ? findEnglishDate(options.page.date) : null) ??
    (/今日|今天/u.test(text) ? options.releasedOn : null);
  const clock = rest.map((l) => findEnglishTime(l.text)).find(Boolean) ?? null;
  const zone = clock?.offset ?? null;
  return {
    title,
    source: tag?.source ?? null,
    summary: summary && withoutSiteName(summary),
    date: date ?? null,
    heldAt: (summary ? findHeldAt(summary, offset) : null) ?? (date && clock && zone ? toIso(date, clock.time, zone) : null),
    offset: zone,
    spokesperson: findSpokesperson(text),
    text,
    bodyFrom: marker >= 0 ? marker + 1 : end,
    hasMarker: marker >= 0,
  };
}
