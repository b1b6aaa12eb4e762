import { toIsoDate } from '@/lib/chronicle/date-heading';

/** A publication date line, and any text the site glued onto it. */
export interface DateLine {
  publishedOn: string;
  publishedAt: string | null;
  /** Text after the date and time (`最后更新: 2020-03-24 21:19:11共建…` -> `共建…`). */
  rest: string;
  /** True for `最后更新:`-style lines, whose rest is the first body paragraph. */
  labelled: boolean;
}

const DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[(（]?(?:星期|周|週)[一二三四五六日天][)）]?)?`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`;
const LABEL = '最后更新|最後更新|更新时间|更新時間|发布时间|發布時間|發佈時間|发表时间|發表時間|时间|時間|日期';
const LABELLED = new RegExp(`^(?:${LABEL})\\s*[:：]\\s*${DATE}(?:\\s*${TIME})?\\s*(.*)$`);
const BARE = new RegExp(`^${DATE}(?:\\s+${TIME})?(?:\\s+(.*))?$`);
/** After a bare date only a short outlet name may follow (`2020年3月27日 人民日报`). */
const MAX_BARE_REST = 20;

/**
 * Reads a publication date line: either labelled (`最后更新: 2020-03-24 21:19:11`) or a
 * line that is just a date (`2020年3月27日`, `2020-03-27 10:00`), optionally followed by
 * a short outlet name. Times are taken as Beijing time. Returns null for anything else,
 * including impossible dates, so body text starting with a date is never swallowed.
 */
export function readDateLine(text: string): DateLine | null {
  const labelled = LABELLED.exec(text);
  const match = labelled ?? BARE.exec(text);
  if (!match) return null;
  const [, year = '', month = '', day = '', hour, minute, second, rest = ''] = match;
  if (!labelled && (rest.length > MAX_BARE_REST || /[。！？!?,，]/.test(rest))) return null;
  const publishedOn = toIsoDate(Number(year), Number(month), Number(day));
  if (!publishedOn) return null;
  const publishedAt = hour && minute ? toBeijingTime(publishedOn, hour, minute, second ?? '00') : null;
  if (hour && !publishedAt) return null;
  return { publishedOn, publishedAt, rest: rest.trim(), labelled: Boolean(labelled) };
}

function toBeijingTime(date: string, hour: string, minute: string, second: string): string | null {
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return `${date}T${hour.padStart(2, '0')}:${minute}:${second}+08:00`;
}
