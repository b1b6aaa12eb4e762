import { useEffect, useState, type RefObject } from 'react';
import { rangeToOffsets } from '@/lib/anchoring/dom';
import { boxWithin, quoteOf, turnIndexOf, turnOf, type Box } from './turn-dom';

/** A text selection inside one turn: code-point offsets in the turn text, the quote and where it is. */
export interface TurnSelection {
  turnIndex: number;
  start: number;
  end: number;
  exact: string;
  /** Where the selection is, relative to the watched element, for placing the toolbar. */
  box: Box;
}

/**
 * The reader's selection when it lies inside one turn of `rootRef`'s element, else null (an
 * annotation belongs to one turn). It follows `selectionchange`, which browsers fire for mouse,
 * touch and keyboard selections alike (Shift+arrows), waits for `pointerup` during a drag, and
 * watches every turn of the reading column with one listener instead of one hook per turn.
 */
export function useTurnSelection(rootRef: RefObject<HTMLElement | null>): TurnSelection | null {
  const [selection, setSelection] = useState<TurnSelection | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const doc = root.ownerDocument;
    let frame = 0;
    let pointerDown = false;
    const read = () => {
      frame = 0;
      if (pointerDown) return;
      setSelection((previous) => {
        const next = readSelection(root);
        return same(previous, next) ? previous : next;
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    const down = () => {
      pointerDown = true;
    };
    const up = () => {
      pointerDown = false;
      schedule();
    };
    doc.addEventListener('selectionchange', schedule);
    doc.addEventListener('pointerdown', down);
    doc.addEventListener('pointerup', up);
    doc.addEventListener('pointercancel', up);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      doc.removeEventListener('selectionchange', schedule);
      doc.removeEventListener('pointerdown', down);
      doc.removeEventListener('pointerup', up);
      doc.removeEventListener('pointercancel', up);
    };
  }, [rootRef]);

  return selection;
}

function readSelection(root: HTMLElement): TurnSelection | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const article = turnOf(range.startContainer);
  if (!article || article !== turnOf(range.endContainer) || !root.contains(article)) return null;
  const offsets = rangeToOffsets(article, range);
  if (!offsets) return null;
  const exact = quoteOf(article, offsets.start, offsets.end);
  if (exact.trim() === '') return null;
  return { turnIndex: turnIndexOf(article), ...offsets, exact, box: boxWithin(range.getBoundingClientRect(), root) };
}

function same(a: TurnSelection | null, b: TurnSelection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.turnIndex === b.turnIndex && a.start === b.start && a.end === b.end && a.box.top === b.box.top && a.box.left === b.box.left;
}
