import 'server-only';
import type { Viewer } from '@/lib/auth/viewer';
import type { AnnotationDetail, AnnotationSummary } from '@/lib/data/annotation-types';
import { getAnnotationForViewer } from '@/lib/data/annotations-detail';
import { countAnnotationsByTurn, getAnnotationSummary, listAnnotationsForTranscript } from '@/lib/data/annotations-read';
import type { ReaderState } from './reader-query';

/** The annotations a reader page shows, all read through lib/data with the viewer's access rules. */
export interface ReaderAnnotations {
  /** Visible annotations after the filters, in reading order: the highlights and the overview. */
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
 * Loads the reader's annotations for `slug`. `?annotation=id` focuses that annotation and its
 * turn (when the viewer may see it, even if the filters hide it); otherwise `?turn=N` focuses a
 * turn. The panel's details are read only for the focused turn.
 */
export async function loadReaderAnnotations(viewer: Viewer | null, slug: string, state: ReaderState): Promise<ReaderAnnotations> {
  const speaker = state.speaker ?? undefined;
  const [visible, counts, unfiltered] = await Promise.all([
    listAnnotationsForTranscript(viewer, slug, { ...state.filters, speaker }),
    countAnnotationsByTurn(viewer, slug),
    state.filtered ? listAnnotationsForTranscript(viewer, slug, { speaker }) : null,
  ]);

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
  const details = await Promise.all(ids.map((id) => getAnnotationForViewer(viewer, id)));
  return {
    visible,
    all: unfiltered ?? visible,
    counts,
    focusedTurn,
    focusedId,
    panel: details.filter((d): d is AnnotationDetail => d !== null),
  };
}
