// No 'server-only' here: the benchmark and probe CLIs run this outside Next.
import type { PrismaClient } from '@/lib/db/client';

/** One annotation as a benchmark or probe CLI writes it; offsets are code points within the turn. */
export interface AnnotationRow {
  transcriptId: string;
  turnId: string;
  authorId: string;
  visibility: 'private' | 'public';
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Plain text stored as a one-paragraph note; without it the annotation is a highlight. */
  note?: string | null;
}

/** Rows per INSERT, so ten thousand annotations stay within PostgreSQL's bind-parameter limit. */
const CHUNK = 1000;

const noteBody = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * Writes `rows` straight into the annotation table, in chunks, and returns their ids in order.
 * For CLIs that fill a database with load (no viewer): unlike createAnnotation it trusts the
 * anchors as given, adds no tags and checks no access, so never call it with user input.
 */
export async function insertAnnotationRows(prisma: PrismaClient, rows: readonly AnnotationRow[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const data = rows.slice(i, i + CHUNK).map(({ note, ...row }) => ({ ...row, ...(note ? { body: noteBody(note), bodyText: note } : {}) }));
    const created = await prisma.annotation.createManyAndReturn({ data, select: { id: true } });
    ids.push(...created.map((row) => row.id));
  }
  return ids;
}
