/** Names of the CSS Custom Highlights the reader paints (styled with `::highlight(name)`). */
export type PaintName = 'rostrum-sentence' | 'rostrum-draft';

/**
 * Paints `range` as the custom highlight `name` (or clears it with null) without touching the
 * DOM, so React's markup and the reader's own selection stay as they are. Returns false where
 * the CSS Custom Highlight API is missing; callers then fall back to the document selection.
 */
export function paintRange(name: PaintName, range: Range | null): boolean {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return false;
  if (range) CSS.highlights.set(name, new Highlight(range));
  else CSS.highlights.delete(name);
  return true;
}
