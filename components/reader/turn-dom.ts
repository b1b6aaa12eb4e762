import { codePointSlice } from '@/lib/anchoring/code-points';
import { textOfRoot } from '@/lib/anchoring/dom';

/** Selector of a turn's article (its id is `turn-N`). */
export const TURN_SELECTOR = 'article[data-turn-index]';

/** Selector of a highlight; `data-annotation-id` names the annotation it belongs to. */
export const MARK_SELECTOR = 'mark[data-annotation-id]';

/** The turn article holding `node`, or null. */
export function turnOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>(TURN_SELECTOR) ?? null;
}

/** The turn number of a turn article. */
export function turnIndexOf(article: HTMLElement): number {
  return Number(article.dataset.turnIndex);
}

/** The turn article with number `index` inside `root`, or null. */
export function findTurn(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`article[data-turn-index="${index}"]`);
}

/** The text between code points `start` and `end` of a rendered turn (equals the stored turn text). */
export function quoteOf(article: HTMLElement, start: number, end: number): string {
  return codePointSlice(textOfRoot(article), start, end);
}

/**
 * A box relative to the annotation layer's element (CSS pixels from its top-left corner), so it
 * stays right when the page scrolls: toolbars and popovers are positioned inside that element.
 */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  width: number;
}

/** `rect` (viewport coordinates) relative to the element `origin`. */
export function boxWithin(rect: DOMRect, origin: Element): Box {
  const base = origin.getBoundingClientRect();
  return { top: rect.top - base.top, left: rect.left - base.left, bottom: rect.bottom - base.top, width: rect.width };
}
