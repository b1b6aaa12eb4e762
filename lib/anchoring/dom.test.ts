// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { codePointLength, codePointSlice } from './code-points';
import { offsetsToRange, rangeToOffsets, textOfRoot } from './dom';

// The turn text as the server stores it (paragraphs joined by "\n"), with astral characters.
const TURN_TEXT = '𠮷野家的发言😀很好。\n第二段：中美关系。\n第三段';

/** A turn as the reader renders it: header and badges outside the annotatable text. */
const TURN_HTML =
  '<header data-not-annotatable><h3>发言人</h3><span>#3</span></header>' +
  '<div>' +
  '<p data-paragraph>𠮷野家的<mark>发言<button data-not-annotatable>注</button>😀</mark>很好。</p>' +
  '<p data-paragraph>第二段：<mark>中美</mark>关系。</p>' +
  '<p data-paragraph>第三段</p>' +
  '</div>';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `<p id="before">外面</p><article id="turn">${TURN_HTML}</article><p id="after">外面</p>`;
  root = document.getElementById('turn')!;
});

function text(node: Node | null | undefined): Text {
  if (!node || node.nodeType !== 3) throw new Error('expected a text node');
  return node as Text;
}
const paragraphs = () => Array.from(root.querySelectorAll('p'));

describe('textOfRoot', () => {
  it('equals the server turn text: paragraphs joined by "\\n", skipped elements left out', () => {
    expect(textOfRoot(root)).toBe(TURN_TEXT);
  });

  it.each([
    { description: 'no paragraphs: all text nodes', html: 'ab<b>c</b><span data-not-annotatable>x</span>d', text: 'abcd' },
    { description: 'empty paragraph keeps its line', html: '<p data-paragraph>a</p><p data-paragraph></p><p data-paragraph>b</p>', text: 'a\n\nb' },
    { description: 'whitespace between paragraphs does not count', html: '\n  <p data-paragraph>a</p>\n  <p data-paragraph>b</p>\n', text: 'a\nb' },
    { description: 'skipped paragraph contributes nothing', html: '<p data-paragraph>a</p><p data-paragraph data-not-annotatable>x</p><p data-paragraph>b</p>', text: 'a\nb' },
  ])('$description', ({ html, text: expected }) => {
    root.innerHTML = html;
    expect(textOfRoot(root)).toBe(expected);
  });
});

describe('offsetsToRange and rangeToOffsets', () => {
  const length = codePointLength(TURN_TEXT);
  it.each([
    { description: 'astral character at the start', start: 0, end: 1 },
    { description: 'across the <mark> and the skipped button', start: 4, end: 7 },
    { description: 'the emoji alone', start: 6, end: 7 },
    { description: 'across a paragraph break', start: 8, end: 13 },
    { description: 'a highlighted word', start: 15, end: 17 },
    { description: 'the last paragraph', start: 21, end: length },
    { description: 'everything', start: 0, end: length },
  ])('$description round-trips and selects the same text', ({ start, end }) => {
    const range = offsetsToRange(root, start, end);
    expect(range).not.toBeNull();
    expect(rangeToOffsets(root, range!)).toEqual({ start, end });
    // The DOM text of the range, minus skipped elements, is the quote.
    const clone = range!.cloneContents();
    clone.querySelectorAll('[data-not-annotatable]').forEach((el) => el.remove());
    const parts = Array.from(clone.childNodes).map((n) => n.textContent);
    expect(parts.join(clone.querySelector('p') ? '\n' : '')).toBe(codePointSlice(TURN_TEXT, start, end));
  });

  it.each([
    { description: 'empty range', start: 3, end: 3 },
    { description: 'reversed', start: 5, end: 2 },
    { description: 'negative', start: -1, end: 2 },
    { description: 'past the end', start: 0, end: length + 1 },
    { description: 'not integers', start: 0.5, end: 2 },
    { description: 'only the paragraph break', start: 10, end: 11 },
  ])('offsetsToRange gives null for $description', ({ start, end }) => {
    expect(offsetsToRange(root, start, end)).toBeNull();
  });

  it('a start on a paragraph break moves to the next paragraph', () => {
    const range = offsetsToRange(root, 10, 14)!;
    expect(range.startContainer).toBe(paragraphs()[1]?.firstChild);
    expect(range.startOffset).toBe(0);
  });
});

describe('rangeToOffsets for ranges made by the browser', () => {
  it.each<{ description: string; make: () => [Node, number, Node, number]; offsets: { start: number; end: number } | null }>([
    {
      description: 'text-node offsets in UTF-16 units become code points',
      // "𠮷野" is 3 UTF-16 units, 2 code points.
      make: () => [text(paragraphs()[0]?.firstChild), 3, text(paragraphs()[0]?.firstChild), 5],
      offsets: { start: 2, end: 4 },
    },
    {
      description: 'a boundary inside a surrogate pair rounds up past the character',
      make: () => [text(paragraphs()[0]?.firstChild), 1, text(paragraphs()[0]?.firstChild), 3],
      offsets: { start: 1, end: 2 },
    },
    {
      description: 'triple-click: whole paragraph up to the start of the next one (no trailing "\\n")',
      make: () => [paragraphs()[1]!, 0, paragraphs()[2]!, 0],
      offsets: { start: 11, end: 20 },
    },
    {
      description: 'starting inside a skipped button moves to the next character',
      make: () => [text(root.querySelector('button')?.firstChild), 0, text(paragraphs()[0]?.lastChild), 2],
      offsets: { start: 6, end: 9 },
    },
    {
      description: 'selection made entirely in the header',
      make: () => [text(root.querySelector('h3')?.firstChild), 0, text(root.querySelector('h3')?.firstChild), 2],
      offsets: null,
    },
    {
      description: 'range starting before the turn is clipped to its start',
      make: () => [text(document.getElementById('before')?.firstChild), 1, text(paragraphs()[0]?.firstChild), 3],
      offsets: { start: 0, end: 2 },
    },
    {
      description: 'range ending after the turn is clipped to its end',
      make: () => [text(paragraphs()[2]?.firstChild), 1, text(document.getElementById('after')?.firstChild), 1],
      offsets: { start: 22, end: 24 },
    },
    {
      description: 'range entirely outside the turn',
      make: () => [text(document.getElementById('after')?.firstChild), 0, text(document.getElementById('after')?.firstChild), 2],
      offsets: null,
    },
  ])('$description', ({ make, offsets }) => {
    const [startNode, startOffset, endNode, endOffset] = make();
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    expect(rangeToOffsets(root, range)).toEqual(offsets);
  });

  it('reads a selection extended with the keyboard (Selection.extend)', () => {
    const selection = document.getSelection()!;
    const first = text(paragraphs()[1]?.firstChild);
    selection.collapse(first, 0);
    selection.extend(first, 3);
    expect(rangeToOffsets(root, selection.getRangeAt(0))).toEqual({ start: 11, end: 14 });
  });
});
