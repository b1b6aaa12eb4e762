import 'server-only';
import { getPrisma } from '@/lib/db/client';

export interface ChronicleDay {
  /** YYYY-MM-DD, or null for entries whose day the source does not give. */
  date: string | null;
  entries: { key: string; text: string; position: number }[];
}

export interface ChronicleTimeline {
  slug: string;
  title: string | null;
  days: ChronicleDay[];
}

/** Each chronicle as a timeline of days in calendar order, entries in document order within a day. */
export async function listChronicleTimelines(): Promise<ChronicleTimeline[]> {
  const chronicles = await getPrisma().chronicle.findMany({
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      title: true,
      entries: { orderBy: [{ date: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }], select: { key: true, date: true, text: true, position: true } },
    },
  });
  return chronicles.map((chronicle) => {
    const days: ChronicleDay[] = [];
    for (const entry of chronicle.entries) {
      const date = entry.date?.toISOString().slice(0, 10) ?? null;
      const last = days.at(-1);
      const day = last && last.date === date ? last : days[days.push({ date, entries: [] }) - 1]!;
      day.entries.push({ key: entry.key, text: entry.text, position: entry.position });
    }
    return { slug: chronicle.slug, title: chronicle.title, days };
  });
}
