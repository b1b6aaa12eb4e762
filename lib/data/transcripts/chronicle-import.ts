import type { PrismaClient } from '@/lib/db/client';
import type { ParsedChronicle } from '@/lib/chronicle';
import { contentHash } from '@/lib/import/content-hash';

export interface ChronicleImportResult {
  status: 'created' | 'updated' | 'unchanged';
  slug: string;
  entries: number;
  removed: number;
}

/**
 * Stores a chronicle in one transaction. Entries are matched by their stable key (date and
 * ordinal), so a re-import updates them in place and whatever links to them survives.
 */
export async function importChronicle(
  prisma: PrismaClient,
  input: { slug: string; rawText: string; parsed: ParsedChronicle },
): Promise<ChronicleImportResult> {
  const hash = contentHash(input.rawText);
  const { parsed, slug } = input;
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.chronicle.findUnique({ where: { slug }, select: { id: true, contentHash: true } });
      if (existing?.contentHash === hash) return { status: 'unchanged', slug, entries: parsed.entries.length, removed: 0 };

      const data = { title: parsed.title, year: parsed.year, contentHash: hash };
      const chronicle = await tx.chronicle.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
      for (const entry of parsed.entries) {
        const fields = { date: entry.date ? new Date(`${entry.date}T00:00:00Z`) : null, text: entry.text, position: entry.position };
        await tx.chronicleEntry.upsert({
          where: { chronicleId_key: { chronicleId: chronicle.id, key: entry.id } },
          create: { chronicleId: chronicle.id, key: entry.id, ...fields },
          update: fields,
        });
      }
      const removed = await tx.chronicleEntry.deleteMany({
        where: { chronicleId: chronicle.id, key: { notIn: parsed.entries.map((e) => e.id) } },
      });
      return { status: existing ? 'updated' : 'created', slug, entries: parsed.entries.length, removed: removed.count };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
