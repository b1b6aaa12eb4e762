import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { annotationSummarySelect, toAnnotationSummary } from './select';
import type { AnnotationFilters, AnnotationSummary } from './types';
import { listWhere, readingOrder } from './read-lists';

// Everything a summary has except the stored note document.
const outlineSelect = { ...annotationSummarySelect, body: false } as const;

/**
 * listAnnotationsForTranscript without note bodies: the same rows, access rule and order, with
 * `bodyHtml` null (`bodyText` stays, for snippets). For pages that draw highlights and lists of
 * thousands of annotations and render full notes only for a few (the reader's panel reads
 * those through getAnnotationForViewer): rendering every stored document to HTML dominated the
 * reader page's time with many notes.
 */
export async function listAnnotationOutlines(viewer: Viewer | null, slug: string, filters: AnnotationFilters = {}): Promise<AnnotationSummary[]> {
  const rows = await getPrisma().annotation.findMany({ where: listWhere(viewer, slug, filters), orderBy: readingOrder, select: outlineSelect });
  return rows.map((row) => toAnnotationSummary({ ...row, body: null }, viewer));
}
