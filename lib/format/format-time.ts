import { resolveTimeZone } from './time-zone';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

function clockParts(iso: string, zone: string, withSeconds: boolean): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: resolveTimeZone(zone),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(withSeconds ? { second: '2-digit' } : {}),
  };
  // Built from parts so the separator is always ":" whatever the runtime's locale data says.
  const parts = formatter('en-GB', options).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return [part('hour'), part('minute'), ...(withSeconds ? [part('second')] : [])].join(':');
}

/** Wall-clock time `HH:mm:ss` (24-hour) of an ISO instant in the given zone. */
export function formatClock(iso: string, zone: string): string {
  return clockParts(iso, zone, true);
}

/** Wall-clock time `HH:mm` (24-hour), for axis ticks and ranges. */
export function formatHourMinute(iso: string, zone: string): string {
  return clockParts(iso, zone, false);
}

/**
 * Date, weekday and time of an event in its own zone with the offset, in the interface
 * language: `2020年3月26日星期四 10:00 GMT+8` / `Thursday, March 26, 2020, 10:00 GMT+8`.
 */
export function formatEventDateTime(iso: string, zone: string, languageTag: string): string {
  return formatter(languageTag, {
    timeZone: resolveTimeZone(zone),
    dateStyle: 'full',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(iso)) + ` ${offsetName(iso, zone)}`;
}

function offsetName(iso: string, zone: string): string {
  const parts = formatter('en', { timeZone: resolveTimeZone(zone), timeZoneName: 'shortOffset' }).formatToParts(new Date(iso));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** A calendar day `YYYY-MM-DD` as a short heading: `3月8日` / `Mar 8`. */
export function formatDayHeading(date: string, languageTag: string): string {
  const options: Intl.DateTimeFormatOptions = languageTag.startsWith('zh')
    ? { timeZone: 'UTC', month: 'long', day: 'numeric' }
    : { timeZone: 'UTC', month: 'short', day: 'numeric' };
  // The day has no time zone; reading it as UTC midnight and formatting in UTC keeps it intact.
  return formatter(languageTag, options).format(new Date(`${date}T00:00:00Z`));
}
