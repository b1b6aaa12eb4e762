import { describe, expect, it } from 'vitest';
import { buildAnchor, checkAnchor, toW3CSelectors, type TextAnchor } from './selectors';

const TEXT = '今天𠮷的发布会😀讨论外交政策。\n第二段。';

describe('buildAnchor', () => {
  it.each([
    {
      description: 'quote in the middle with short context',
      start: 2, end: 4, contextLength: 2,
      anchor: { start: 2, end: 4, exact: '𠮷的', prefix: '今天', suffix: '发布' },
    },
    {
      description: 'quote at the start has an empty prefix',
      start: 0, end: 2, contextLength: 3,
      anchor: { start: 0, end: 2, exact: '今天', prefix: '', suffix: '𠮷的发' },
    },
    {
      description: 'quote at the end has an empty suffix',
      start: 16, end: 20, contextLength: 2,
      anchor: { start: 16, end: 20, exact: '第二段。', prefix: '。\n', suffix: '' },
    },
    {
      description: 'emoji counts as one code point',
      start: 7, end: 8, contextLength: 1,
      anchor: { start: 7, end: 8, exact: '😀', prefix: '会', suffix: '讨' },
    },
  ])('$description', ({ start, end, contextLength, anchor }) => {
    expect(buildAnchor(TEXT, start, end, contextLength)).toEqual(anchor);
  });

  it('defaults to 32 code points of context', () => {
    const text = 'x'.repeat(40) + 'Q' + 'y'.repeat(40);
    const anchor = buildAnchor(text, 40, 41);
    expect(anchor.prefix).toBe('x'.repeat(32));
    expect(anchor.suffix).toBe('y'.repeat(32));
  });
});

describe('checkAnchor', () => {
  const valid = buildAnchor(TEXT, 2, 8);
  it.each<{ description: string; anchor: TextAnchor; reason: RegExp | null }>([
    { description: 'a built anchor is valid', anchor: valid, reason: null },
    { description: 'whole text', anchor: buildAnchor(TEXT, 0, 20), reason: null },
    { description: 'negative start', anchor: { ...valid, start: -1 }, reason: /outside the text/ },
    { description: 'end past the text', anchor: { ...valid, end: 21 }, reason: /outside the text/ },
    { description: 'empty range', anchor: { ...valid, end: 2 }, reason: /empty or reversed/ },
    { description: 'reversed range', anchor: { ...valid, start: 8, end: 2 }, reason: /empty or reversed/ },
    { description: 'fractional offset', anchor: { ...valid, end: 2.5 }, reason: /integers/ },
    { description: 'quote differs from the text', anchor: { ...valid, exact: '𠮷的发布会X' }, reason: /quote does not match/ },
    { description: 'offsets counted in UTF-16 units', anchor: { ...valid, end: 9 }, reason: /quote does not match/ },
    { description: 'prefix differs', anchor: { ...valid, prefix: '昨天' }, reason: /prefix does not match/ },
    { description: 'suffix differs', anchor: { ...valid, suffix: '讨论外交' + '!' }, reason: /suffix does not match/ },
    { description: 'context too long', anchor: { ...valid, prefix: 'x'.repeat(65) }, reason: /longer than 64/ },
  ])('$description', ({ anchor, reason }) => {
    const result = checkAnchor(TEXT, anchor);
    if (reason === null) expect(result).toBeNull();
    else expect(result).toMatch(reason);
  });

  it('rejects quotes over 2000 code points', () => {
    const text = '字'.repeat(2500);
    expect(checkAnchor(text, buildAnchor(text, 0, 2000))).toBeNull();
    expect(checkAnchor(text, buildAnchor(text, 0, 2001))).toMatch(/longer than 2000/);
  });
});

describe('toW3CSelectors', () => {
  it('gives a position selector then a quote selector', () => {
    expect(toW3CSelectors(buildAnchor(TEXT, 2, 4, 2))).toEqual([
      { type: 'TextPositionSelector', start: 2, end: 4 },
      { type: 'TextQuoteSelector', exact: '𠮷的', prefix: '今天', suffix: '发布' },
    ]);
  });
});
