const OFFSET_ZONE = /^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$/;

/**
 * A time zone Intl accepts. Transcripts store an IANA zone (`Asia/Shanghai`) or, for other
 * offsets, `UTC±hh:mm`, which Intl rejects; a bare offset works on newer runtimes, whole-hour
 * offsets map to `Etc/GMT∓h` on Node 20 (POSIX signs are inverted), and anything else falls
 * back to UTC rather than failing the page.
 */
export function resolveTimeZone(zone: string): string {
  if (isSupported(zone)) return zone;
  const match = OFFSET_ZONE.exec(zone);
  // Newer runtimes take a bare offset (`+05:30`) as a zone.
  if (match && isSupported(`${match[1]}${match[2]}:${match[3]}`)) return `${match[1]}${match[2]}:${match[3]}`;
  if (match && match[3] === '00') {
    const hours = Number(match[2]);
    if (hours === 0) return 'UTC';
    return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
  }
  return 'UTC';
}

function isSupported(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
