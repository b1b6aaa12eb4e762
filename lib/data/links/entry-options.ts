import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { EntryOptionGroup } from './types';

/** Longest entry text in the picker, in code points. */
const OPTION_LENGTH = 60;

/**
 * Every chronicle entry for the "add a link" picker, grouped by chronicle and day in calendar
 * order (undated first), texts cut to OPTION_LENGTH code points. Chronicles are public.
 */
export async function listEntryOptions(): Promise<EntryOptionGroup[]> {
  const entries = await getPrisma().chronicleEntry.findMany({
    orderBy: [{ chronicle: { slug: 'asc' } }, { date: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }],
    select: { id: true, key: true, date: true, text: true, chronicle: { select: { slug: true } } },
  });
  const groups: EntryOptionGroup[] = [];
  for (const entry of entries) {
    const date = entry.date?.toISOString().slice(0, 10) ?? null;
    let group = groups.at(-1);
    if (!group || group.chronicleSlug !== entry.chronicle.slug || group.date !== date) {
      group = { chronicleSlug: entry.chronicle.slug, date, entries: [] };
      groups.push(group);
    }
    const chars = [...entry.text];
    group.entries.push({ id: entry.id, key: entry.key, text: chars.length > OPTION_LENGTH ? `${chars.slice(0, OPTION_LENGTH - 1).join('')}…` : entry.text });
  }
  return groups;
}
