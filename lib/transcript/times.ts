/** A time read from a closing time line: the date when the line has one, and `HH:MM:SS`. */
export interface Stamp {
  /** `YYYY-MM-DD`, or null for a bare time of day such as `[10:31]`. */
  date: string | null;
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validTime(h: number, m: number, s: number): string | null {
  return h < 24 && m < 60 && s < 60 ? `${pad(h)}:${pad(m)}:${pad(s)}` : null;
}

function validDate(y: number, mo: number, d: number): string | null {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

// One optional pair of brackets around the whole line: `[10:31]`, `（10:31）`, `【2020-03-26 10:31】`.
const BRACKETED = /^[[【［(（]\s*(.*?)\s*[\]】］)）]$/u;
const DATE_TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$/u;
const TIME_OF_DAY = /^(\d{1,2})(?:[:：](\d{2})(?:[:：](\d{2}))?|[时時](\d{1,2})分(?:(\d{1,2})秒)?)$/u;

/**
 * Reads a line that is only a time: `2020-03-26 10:01:21`, `2020/3/26 10:01`, `10:31:20`, `[10:31]`,
 * `（10:31）`, `10时31分`. A time without seconds gets `:00`. Returns null for anything else.
 */
export function matchStamp(text: string): Stamp | null {
  // A time line is short; longer lines (and huge ones) are text.
  if (text.length > 40) return null;
  const inner = BRACKETED.exec(text)?.[1] ?? text;
  const dt = DATE_TIME.exec(inner);
  if (dt) {
    const [, y, mo, d, h, mi, s] = dt.map(Number) as number[];
    const date = validDate(y ?? 0, mo ?? 0, d ?? 0);
    const time = validTime(h ?? 0, mi ?? 0, Number.isNaN(s) ? 0 : (s ?? 0));
    return date && time ? { date, time } : null;
  }
  const tod = TIME_OF_DAY.exec(inner);
  if (!tod) return null;
  const time = validTime(Number(tod[1]), Number(tod[2] ?? tod[4]), Number(tod[3] ?? tod[5] ?? 0));
  return time ? { date: null, time } : null;
}

const TRAILING = /[[【［(（]\s*[\d\-/.年月日\s:：]{4,30}\s*[\]】］)）]$/u;

/**
 * A paragraph closed by a bracketed time (`…有请罗部长做介绍。[10:01]`): the text before it and
 * the time, or null. Only bracketed times count: `会议于10:00` at the end of a sentence is text.
 */
export function splitTrailingStamp(text: string): { text: string; stamp: Stamp } | null {
  const found = TRAILING.exec(text.slice(-40));
  const stamp = found ? matchStamp(found[0]) : null;
  const rest = found ? text.slice(0, text.length - found[0].length).trimEnd() : '';
  return stamp && rest ? { text: rest, stamp } : null;
}

/** `YYYY-MM-DD` + `HH:MM:SS` + offset → ISO 8601, e.g. `2020-03-26T10:01:21+08:00`. */
export function toIso(date: string, time: string, offset: string): string {
  return `${date}T${time}${offset}`;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads `10`, `十`, `十二`, `二十三`, `三十` (numbers below 100); NaN otherwise. */
export function readNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const t = tens === '' ? (text.includes('十') ? 1 : 0) : (CN_DIGITS[tens ?? ''] ?? NaN);
  const o = ones === '' ? 0 : (CN_DIGITS[ones ?? ''] ?? NaN);
  return t * 10 + o;
}

const N = '[\\d零〇一二两三四五六七八九十]{1,3}';
const CN_DATE = new RegExp(`(\\d{4})年(${N})月(${N})日`, 'u');
const CN_TIME = new RegExp(
  `(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚)?\\s*(?:(${N})[时点](?:(${N})分|(半))?|(\\d{1,2})[:：](\\d{2}))`,
  'u',
);

/** The first `2020年3月26日` in `text` as `YYYY-MM-DD`, or null. */
export function findDate(text: string): { date: string; end: number } | null {
  const m = CN_DATE.exec(text);
  if (!m) return null;
  const date = validDate(Number(m[1]), readNumber(m[2] ?? ''), readNumber(m[3] ?? ''));
  return date ? { date, end: m.index + m[0].length } : null;
}

/**
 * When the event began, from a summary such as `…于2020年3月26日（星期四）上午10时举行…`:
 * the date, then the first time of day after it (`下午3时30分`, `上午10时半`, `晚上8:00`).
 * Returns `HH:MM:SS` with 12 added for afternoon and evening hours, or null.
 */
export function findTimeAfterDate(text: string, from: number): string | null {
  const m = CN_TIME.exec(text.slice(from, from + 40));
  if (!m) return null;
  const [, period, hText, minText, half, hDigits, minDigits] = m;
  let hour = readNumber(hText ?? hDigits ?? '');
  const minute = half ? 30 : readNumber(minText ?? minDigits ?? '0');
  const afternoon = period && /下午|傍晚|晚/u.test(period);
  if ((afternoon && hour < 12) || (period === '中午' && hour < 11)) hour += 12;
  if (period === '凌晨' && hour === 12) hour = 0;
  return validTime(hour, minute, 0);
}

/** `heldAt` from the header summary: ISO 8601 with offset, or null without a date and time of day. */
export function findHeldAt(summary: string, offset: string): string | null {
  const found = findDate(summary);
  const time = found && findTimeAfterDate(summary, found.end);
  return found && time ? toIso(found.date, time, offset) : null;
}
