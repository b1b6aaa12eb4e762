import { useEffect, useState, type RefObject } from 'react';
import { rangeToOffsets } from './dom';

/** The reader's selection inside one turn: code-point offsets in the turn text and where it is on screen. */
export interface TurnTextSelection {
  start: number;
  end: number;
  /** Bounding box of the selection in viewport coordinates, for placing an "Annotate" button. */
  rect: { top: number; left: number; bottom: number; right: number; width: number; height: number };
}

/**
 * The current selection inside `rootRef`'s element (a turn), or null when there is none or it
 * reaches outside the element (annotations belong to one turn).
 *
 * Listens to `selectionchange`, which browsers fire for mouse, touch and keyboard selections alike
 * (Shift+arrow keys, caret browsing with F7), so keyboard users get the same button. While a
 * pointer is down the update waits for `pointerup`, so the button does not chase a drag. Reads
 * are batched to one per animation frame.
 */
export function useTextSelection(rootRef: RefObject<Element | null>): TurnTextSelection | null {
  const [selection, setSelection] = useState<TurnTextSelection | null>(null);

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
        return sameSelection(previous, next) ? previous : next;
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    const onPointerDown = () => {
      pointerDown = true;
    };
    const onPointerUp = () => {
      pointerDown = false;
      schedule();
    };

    doc.addEventListener('selectionchange', schedule);
    doc.addEventListener('pointerdown', onPointerDown);
    doc.addEventListener('pointerup', onPointerUp);
    doc.addEventListener('pointercancel', onPointerUp);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      doc.removeEventListener('selectionchange', schedule);
      doc.removeEventListener('pointerdown', onPointerDown);
      doc.removeEventListener('pointerup', onPointerUp);
      doc.removeEventListener('pointercancel', onPointerUp);
    };
  }, [rootRef]);

  return selection;
}

function readSelection(root: Element): TurnTextSelection | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const offsets = rangeToOffsets(root, range);
  if (!offsets) return null;
  const { top, left, bottom, right, width, height } = range.getBoundingClientRect();
  return { ...offsets, rect: { top, left, bottom, right, width, height } };
}

function sameSelection(a: TurnTextSelection | null, b: TurnTextSelection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start === b.start && a.end === b.end && a.rect.top === b.rect.top && a.rect.left === b.rect.left && a.rect.width === b.rect.width;
}
