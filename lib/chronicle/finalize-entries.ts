import type { RawEntry } from './collect-entries';
import type { ChronicleEntry, DroppedText } from './types';

/**
 * Turns collected entries into stored ones: drops empty entries and exact duplicates
 * (same date and same text; the first is kept), then numbers the rest. The same wording
 * on a different day is kept: press conferences repeat their phrasing, and each day's
 * conference is its own event. Ids count within a date (`2020-03-11-2`), so adding or
 * removing an entry on one day never renumbers the entries of other days.
 */
export function finalizeEntries(raw: RawEntry[]): { entries: ChronicleEntry[]; dropped: DroppedText[] } {
  const dropped: DroppedText[] = [];
  const firstByKey = new Map<string, RawEntry>();
  const ordinals = new Map<string, number>();
  const entries: ChronicleEntry[] = [];

  for (const entry of raw) {
    if (!entry.text) {
      dropped.push({ line: entry.line, reason: 'empty entry', text: '' });
      continue;
    }
    const key = `${entry.date ?? 'undated'}\n${entry.text}`;
    const first = firstByKey.get(key);
    if (first) {
      dropped.push({ line: entry.line, reason: `duplicate of the entry on line ${first.line}`, text: entry.text });
      continue;
    }
    firstByKey.set(key, entry);
    const day = entry.date ?? 'undated';
    const ordinal = (ordinals.get(day) ?? 0) + 1;
    ordinals.set(day, ordinal);
    entries.push({
      id: `${day}-${ordinal}`,
      date: entry.date,
      text: entry.text,
      position: entries.length + 1,
      line: entry.line,
    });
  }
  return { entries, dropped };
}
