import { codePointLength, codePointToUtf16, utf16ToCodePoint } from './code-points';

/**
 * The DOM layer of anchoring: converts between DOM Ranges and code-point offsets in the
 * annotatable text of a root element (a turn).
 *
 * The annotatable text of `root` is defined so that it equals the server's turn text
 * (paragraphs joined with "\n"):
 * - Elements marked `[data-not-annotatable]` (badges, buttons, highlight labels) are skipped
 *   with everything inside them.
 * - If `root` contains `[data-paragraph]` elements, each is one paragraph: its text nodes are
 *   concatenated, consecutive paragraphs are separated by exactly one "\n", and text outside
 *   paragraphs (headers, whitespace between block elements) does not count. Render every
 *   paragraph of `turn.text.split('\n')`, including empty ones, as one `[data-paragraph]`
 *   element, and do not nest them.
 * - Without `[data-paragraph]` elements, all text nodes count, concatenated.
 * Inline wrappers such as highlight `<mark>` elements split text nodes but do not change the text.
 */

interface TextSegment {
  node: Text;
  /** Code-point offset of the node's first character in the annotatable text. */
  start: number;
  /** Length of the node's text in code points (never 0). */
  length: number;
}

interface TextMap {
  segments: TextSegment[];
  text: string;
  length: number;
}

const NOT_ANNOTATABLE = '[data-not-annotatable]';
const PARAGRAPH = '[data-paragraph]';

// NodeFilter constants, spelled out so the module needs no DOM globals at import time.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

function mapText(root: Element): TextMap {
  const hasParagraphs = root.querySelector(PARAGRAPH) !== null;
  // REJECT (not SKIP) prunes the whole subtree of a non-annotatable element.
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && (node as Element).matches(NOT_ANNOTATABLE) ? FILTER_REJECT : FILTER_ACCEPT),
  });

  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let offset = 0;
  let paragraphs = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).matches(PARAGRAPH)) {
        if (paragraphs > 0) {
          parts.push('\n');
          offset += 1;
        }
        paragraphs++;
      }
      continue;
    }
    const text = node as Text;
    if (hasParagraphs && !isInParagraph(root, text)) continue;
    const length = codePointLength(text.data);
    if (length === 0) continue;
    segments.push({ node: text, start: offset, length });
    parts.push(text.data);
    offset += length;
  }
  return { segments, text: parts.join(''), length: offset };
}

function isInParagraph(root: Element, node: Text): boolean {
  const paragraph = node.parentElement?.closest(PARAGRAPH);
  return paragraph != null && root.contains(paragraph);
}

/**
 * The annotatable text of `root` (see the module comment); equals the turn's text when the turn
 * is rendered as documented. Use it to check the rendering and to build anchors.
 */
export function textOfRoot(root: Element): string {
  return mapText(root).text;
}

/**
 * Code-point offsets of `range` within the annotatable text of `root`, or null when the range
 * covers none of it. Boundaries in skipped content move inwards to the nearest annotatable
 * character (a range starting in a `[data-not-annotatable]` label starts at the next character);
 * a range reaching outside `root` is clipped to it.
 */
export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } | null {
  const map = mapText(root);
  const start = boundaryOffset(root, map, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(root, map, range.endContainer, range.endOffset, 'end');
  return start < end ? { start, end } : null;
}

function boundaryOffset(root: Element, map: TextMap, container: Node, offset: number, side: 'start' | 'end'): number {
  const own = map.segments.find((segment) => segment.node === container);
  if (own) return own.start + utf16ToCodePoint(own.node.data, offset);

  // Any other boundary: compare it with the segments' positions in the document.
  const probe = root.ownerDocument.createRange();
  probe.setStart(container, offset);
  probe.collapse(true);
  if (side === 'start') {
    // The first annotatable character at or after the boundary.
    const next = map.segments.find((segment) => probe.comparePoint(segment.node, 0) >= 0);
    return next ? next.start : map.length;
  }
  // The end of the last annotatable character at or before the boundary.
  let previous: TextSegment | undefined;
  for (const segment of map.segments) {
    if (probe.comparePoint(segment.node, segment.node.length) > 0) break;
    previous = segment;
  }
  return previous ? previous.start + previous.length : 0;
}

/**
 * A Range over code points `[start, end)` of the annotatable text of `root`, or null when the
 * offsets are not integers with `0 <= start < end <= length` or cover only paragraph breaks.
 * The range starts and ends inside text nodes; a start on a paragraph break moves to the next
 * paragraph, an end just after one moves back to the end of the previous paragraph.
 */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  const map = mapText(root);
  if (start < 0 || end > map.length || start >= end) return null;
  const first = map.segments.findIndex((segment) => segment.start + segment.length > start);
  let last = -1;
  map.segments.forEach((segment, i) => {
    if (segment.start < end) last = i;
  });
  const startSegment = map.segments[first];
  const endSegment = map.segments[last];
  if (!startSegment || !endSegment || first > last) return null;

  const range = root.ownerDocument.createRange();
  range.setStart(startSegment.node, codePointToUtf16(startSegment.node.data, Math.max(0, start - startSegment.start)));
  range.setEnd(endSegment.node, codePointToUtf16(endSegment.node.data, Math.min(endSegment.length, end - endSegment.start)));
  return range;
}
