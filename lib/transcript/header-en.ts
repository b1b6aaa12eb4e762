/** Dates, times and zones as English briefing pages write them (`March 26, 2021`, `12:31 P.M. EST`). */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iu');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'iu');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/u;

/** UTC offsets of the zone abbreviations briefing pages print after a time. */
const ZONES: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  GMT: '+00:00', UTC: '+00:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', JST: '+09:00', KST: '+09:00', HKT: '+08:00',
};

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

function validDate(y: number, m: number, d: number): string | null {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** The first date written `March 26, 2021`, `26 March 2021` or `2021-03-26` in `text`, as `YYYY-MM-DD`, or null. */
export function findEnglishDate(text: string): string | null {
  const sample = text.slice(0, 400);
  const mf = MONTH_FIRST.exec(sample);
  if (mf) return validDate(Number(mf[3]), monthOf(mf[1] ?? ''), Number(mf[2]));
  const df = DAY_FIRST.exec(sample);
  if (df) return validDate(Number(df[3]), monthOf(df[2] ?? ''), Number(df[1]));
  const iso = ISO.exec(sample);
  return iso ? validDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

const CLOCK = /\b(\d{1,2}):(\d{2})\s*([AaPp])\.?\s*[Mm]\.?(?:\s+([A-Z]{2,4})\b)?/u;

/**
 * The first time of day such as `12:31 P.M. EST` or `10:00 am` in `text`: `HH:MM:SS` (24-hour)
 * and the offset of a zone abbreviation after it (`EST` → `-05:00`), or null without a zone.
 */
export function findEnglishTime(text: string): { time: string; offset: string | null } | null {
  const m = CLOCK.exec(text.slice(0, 200));
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  const pm = /p/iu.test(m[3] ?? '');
  if (pm && hour < 12) hour += 12;
  if (!pm && hour === 12) hour = 0;
  return { time: `${pad(hour)}:${pad(minute)}:00`, offset: ZONES[m[4] ?? ''] ?? null };
}

/** True for a title-like English header line: it names the kind of event. */
export function looksLikeEnglishTitle(text: string): boolean {
  return /\b(?:Briefing|Press Conference|News Conference|Remarks|Transcript|Interview|Press Availability|Media Availability|Statement)\b/iu.test(text) && text.length <= 160;
}
