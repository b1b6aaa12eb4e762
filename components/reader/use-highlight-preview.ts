import { useState, type FocusEvent, type PointerEvent, type RefObject } from 'react';
import { popoverFor, type PopoverState } from './highlight-popover';
import { MARK_SELECTOR } from './turn-dom';

/**
 * The preview of a highlight's annotations: shown while the mouse is over a highlight (not
 * during a selection drag) or a highlight has the keyboard focus, hidden when both leave.
 * Returns the state and the event handlers to put on the layer's element.
 */
export function useHighlightPreview(rootRef: RefObject<HTMLElement | null>) {
  const [preview, setPreview] = useState<PopoverState | null>(null);
  const show = (target: EventTarget, pointer: boolean) => {
    const mark = (target as Element).closest?.<HTMLElement>(MARK_SELECTOR);
    if (!mark || !rootRef.current || (pointer && document.getSelection()?.isCollapsed === false)) return;
    setPreview(popoverFor(mark, rootRef.current));
  };
  const hide = (related: EventTarget | null) => {
    if (!(related instanceof Element) || !related.closest(MARK_SELECTOR)) setPreview(null);
  };
  return {
    preview,
    handlers: {
      onPointerOver: (event: PointerEvent) => event.pointerType === 'mouse' && show(event.target, true),
      onPointerOut: (event: PointerEvent) => hide(event.relatedTarget),
      onFocus: (event: FocusEvent) => show(event.target, false),
    },
    hide,
  };
}
