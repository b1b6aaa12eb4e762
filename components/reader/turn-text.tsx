import { Fragment, type ReactNode } from 'react';
import { noteDescriptionId } from '@/components/highlights/highlight-ids';
import { segmentTurnText, type TextSegment } from '@/components/highlights/highlight-segments';
import type { AnnotationVisibility } from '@/lib/validation/annotations';
import styles from './turn-text.module.css';

/** An annotation drawn on a turn; offsets are code points within the turn text. */
export interface TurnHighlight {
  id: string;
  start: number;
  end: number;
  mine: boolean;
  visibility: AnnotationVisibility;
  claim: boolean;
  /** One line for screen readers and the hover preview: who wrote what (or "highlight by"). */
  description: string;
}

/**
 * The paragraphs of a turn with its highlights, rendered on the server. Every paragraph of
 * `text.split('\n')` is one `<p data-paragraph>` (lib/anchoring/dom.ts counts on it). Overlaps
 * nest: a run covered by several annotations sits in one `<mark data-annotation-id>` per
 * annotation, outermost first, so `mark[data-annotation-id="X"]` finds every piece of X and the
 * tints add up where highlights overlap. The innermost mark lists all of them in
 * `data-annotation-ids`. The first piece of each annotation is a tab stop described by its note.
 */
export function TurnText({ text, highlights, focusedId }: { text: string; highlights: TurnHighlight[]; focusedId: string | null }) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const seen = new Set<string>();
  const renderSegment = (segment: TextSegment, key: string): ReactNode => {
    let node: ReactNode = segment.text;
    const innermost = segment.ids.length - 1;
    for (let depth = innermost; depth >= 0; depth--) {
      const id = segment.ids[depth]!;
      const highlight = byId.get(id)!;
      const first = !seen.has(id);
      node = (
        <mark
          className={styles.mark}
          data-annotation-id={id}
          data-annotation-ids={depth === innermost ? segment.ids.join(' ') : undefined}
          data-visibility={highlight.visibility}
          data-mine={highlight.mine || undefined}
          data-claim={highlight.claim || undefined}
          data-focused={id === focusedId || undefined}
          tabIndex={first ? 0 : undefined}
          aria-describedby={first ? noteDescriptionId(id) : undefined}
        >
          {node}
        </mark>
      );
    }
    segment.ids.forEach((id) => seen.add(id));
    return <Fragment key={key}>{node}</Fragment>;
  };

  return (
    <>
      {segmentTurnText(text, highlights).map((segments, i) => (
        <p key={i} data-paragraph="">
          {segments.map((segment, j) => renderSegment(segment, `${i}.${j}`))}
        </p>
      ))}
      {highlights.length > 0 && (
        <div hidden data-not-annotatable="">
          {highlights.map((h) => (
            <span key={h.id} id={noteDescriptionId(h.id)}>
              {h.description}
            </span>
          ))}
        </div>
      )}
    </>
  );
}
