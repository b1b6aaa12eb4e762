'use client';

import { noteDescriptionId } from '@/components/highlights/highlight-ids';
import { boxWithin, type Box } from './turn-dom';
import styles from './annotation-layer.module.css';

/** What a highlight under the pointer or focus shows: one line per annotation covering it. */
export interface PopoverState {
  box: Box;
  lines: string[];
}

/**
 * A preview of the annotations on a highlight, shown on hover and focus. Screen readers get the
 * same text from the mark's aria-describedby, so this box is hidden from them.
 */
export function HighlightPopover({ state }: { state: PopoverState }) {
  const style = { '--top': `${state.box.bottom + 6}px`, '--left': `${state.box.left}px` } as React.CSSProperties;
  return (
    <div className={styles.popover} style={style} aria-hidden="true" data-layer-ui>
      {state.lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

/** The popover for a highlight element, from the descriptions its annotations point to. */
export function popoverFor(mark: HTMLElement, origin: Element): PopoverState | null {
  const ids = (mark.dataset.annotationIds ?? mark.dataset.annotationId ?? '').split(' ').filter(Boolean);
  const lines = ids.map((id) => document.getElementById(noteDescriptionId(id))?.textContent ?? '').filter(Boolean);
  if (lines.length === 0) return null;
  // Below the mark, starting where its first line starts (a mark may wrap over several lines).
  const first = boxWithin(mark.getClientRects()[0] ?? mark.getBoundingClientRect(), origin);
  const whole = boxWithin(mark.getBoundingClientRect(), origin);
  return { lines, box: { ...first, bottom: whole.bottom } };
}
