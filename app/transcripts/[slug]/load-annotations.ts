import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import type { AnnotationDetail, AnnotationSummary } from '@/lib/data/annotations';
import { getAnnotationDetailsForViewer, listAnnotationOutlines, getAnnotationSummary } from '@/lib/data/annotations';
import type { ReaderState } from './reader-query';

/** The annotations a reader page shows, all read through lib/data with the viewer's access rules. */
export interface ReaderAnnotations {
  /** Visible annotations after the filters, in reading order: the highlights and the overview (`bodyHtml` null). */
  visible: AnnotationSummary[];
  /** Unfiltered visible annotations, where the filter form finds its tags and authors. */
  all: AnnotationSummary[];
  /** Visible annotations per turn (not deleted, unfiltered). */
  counts: Record<number, number>;
  focusedTurn: number | null;
  focusedId: string | null;
  /** Cards of the side panel: the focused turn's annotations with threads, evidence and history. */
  panel: AnnotationDetail[];
}

/**
 * Visible annotations (not deleted) per turn, from the unfiltered list. That list is narrowed
 * to the selected speaker, whose turns are the only ones drawn, so their counts are whole.
 */
function countByTurn(annotations: readonly AnnotationSummary[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const a of annotations) if (!a.deleted) counts[a.turnIndex] = (counts[a.turnIndex] ?? 0) + 1;
  return counts;
}

/**
 * Loads the reader's annotations for `slug`. `?annotation=id` focuses that annotation and its
 * turn (when the viewer may see it, even if the filters hide it); otherwise `?turn=N` focuses a
 * turn. The panel's details are read only for the focused turn, in one query.
 */
export async function loadReaderAnnotations(viewer: Viewer | null, slug: string, state: ReaderState): Promise<ReaderAnnotations> {
  const speaker = state.speaker ?? undefined;
  // Outlines (no note bodies): highlights, counts and the overview need spans, quotes and
  // snippets; full notes are read below for the panel's turn only.
  const [visible, unfiltered] = await Promise.all([
    listAnnotationOutlines(viewer, slug, { ...state.filters, speaker }),
    state.filtered ? listAnnotationOutlines(viewer, slug, { speaker }) : null,
  ]);
  const counts = countByTurn(unfiltered ?? visible);

  let focusedTurn = state.turn;
  let focusedId: string | null = null;
  if (state.annotation) {
    const summary = visible.find((a) => a.id === state.annotation) ?? (await getAnnotationSummary(viewer, state.annotation));
    if (summary && summary.transcriptSlug === slug) {
      focusedId = summary.id;
      focusedTurn = summary.turnIndex;
    }
  }

  const ids = visible.filter((a) => a.turnIndex === focusedTurn).map((a) => a.id);
  if (focusedId && !ids.includes(focusedId)) ids.push(focusedId);
  return {
    visible,
    all: unfiltered ?? visible,
    counts,
    focusedTurn,
    focusedId,
    panel: await getAnnotationDetailsForViewer(viewer, ids),
  };
}
