import type { PrismaClient } from '@/lib/db/client';
import type { ParsedNewsDocument } from '@/lib/news';
import { contentHash } from '@/lib/import/content-hash';

export interface NewsImportResult {
  status: 'created' | 'updated' | 'unchanged';
  slug: string;
  paragraphs: number;
}

/** Stores a news article and its paragraphs in one transaction; identical content is a no-op. */
export async function importNewsDocument(
  prisma: PrismaClient,
  input: { slug: string; rawText: string; parsed: ParsedNewsDocument },
): Promise<NewsImportResult> {
  const hash = contentHash(input.rawText);
  const { parsed, slug } = input;
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.newsDocument.findUnique({ where: { slug }, select: { id: true, contentHash: true } });
      if (existing?.contentHash === hash) return { status: 'unchanged', slug, paragraphs: parsed.paragraphs.length };

      const data = {
        title: parsed.title,
        publishedOn: parsed.publishedOn ? new Date(`${parsed.publishedOn}T00:00:00Z`) : null,
        publishedAt: parsed.publishedAt ? new Date(parsed.publishedAt) : null,
        source: parsed.source,
        contentHash: hash,
      };
      const doc = await tx.newsDocument.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
      // Paragraphs are updated in place by position, so evidence citing one keeps pointing at it.
      for (const [i, text] of parsed.paragraphs.entries()) {
        const where = { documentId_position: { documentId: doc.id, position: i + 1 } };
        await tx.newsParagraph.upsert({ where, create: { documentId: doc.id, position: i + 1, text }, update: { text } });
      }
      await tx.newsParagraph.deleteMany({ where: { documentId: doc.id, position: { gt: parsed.paragraphs.length } } });
      return { status: existing ? 'updated' : 'created', slug, paragraphs: parsed.paragraphs.length };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
