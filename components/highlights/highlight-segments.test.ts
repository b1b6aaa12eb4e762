import { describe, expect, it } from 'vitest';
import { segmentTurnText, type HighlightSpan, type TextSegment } from './highlight-segments';

const seg = (text: string, ...ids: string[]): TextSegment => ({ text, ids });

// Each row: a turn text, the spans (code-point offsets) and the expected paragraphs of segments.
const cases: { description: string; text: string; spans: HighlightSpan[]; expected: TextSegment[][] }[] = [
  { description: 'no highlights: one plain segment per paragraph', text: '甲乙\n丙丁', spans: [], expected: [[seg('甲乙')], [seg('丙丁')]] },
  {
    description: 'one highlight in the middle',
    text: '一二三四五',
    spans: [{ id: 'a', start: 1, end: 3 }],
    expected: [[seg('一'), seg('二三', 'a'), seg('四五')]],
  },
  {
    description: 'overlapping highlights: the shared part lists both, outermost first',
    text: '一二三四五',
    spans: [
      { id: 'b', start: 2, end: 5 },
      { id: 'a', start: 0, end: 3 },
    ],
    expected: [[seg('一二', 'a'), seg('三', 'a', 'b'), seg('四五', 'b')]],
  },
  {
    description: 'a nested highlight sits inside the longer one',
    text: '一二三四五',
    spans: [
      { id: 'inner', start: 1, end: 2 },
      { id: 'outer', start: 0, end: 5 },
    ],
    expected: [[seg('一', 'outer'), seg('二', 'outer', 'inner'), seg('三四五', 'outer')]],
  },
  {
    description: 'identical spans keep the order given',
    text: '一二',
    spans: [
      { id: 'x', start: 0, end: 2 },
      { id: 'y', start: 0, end: 2 },
    ],
    expected: [[seg('一二', 'x', 'y')]],
  },
  {
    description: 'a highlight across a paragraph break is split, the break itself is not marked',
    text: '一二\n三四',
    spans: [{ id: 'a', start: 1, end: 4 }],
    expected: [[seg('一'), seg('二', 'a')], [seg('三', 'a'), seg('四')]],
  },
  {
    description: 'offsets count code points: 𠮷 is one character',
    text: '𠮷野家\n好',
    spans: [{ id: 'a', start: 1, end: 2 }],
    expected: [[seg('𠮷'), seg('野', 'a'), seg('家')], [seg('好')]],
  },
  {
    description: 'empty paragraphs stay, so paragraph numbering matches the text',
    text: '一\n\n二',
    spans: [],
    expected: [[seg('一')], [], [seg('二')]],
  },
  {
    description: 'spans outside the text or empty are ignored',
    text: '一二',
    spans: [
      { id: 'late', start: 1, end: 9 },
      { id: 'empty', start: 1, end: 1 },
    ],
    expected: [[seg('一二')]],
  },
];

describe('segmentTurnText', () => {
  it.each(cases)('$description', ({ text, spans, expected }) => {
    expect(segmentTurnText(text, spans)).toEqual(expected);
  });

  it('joins back to the turn text', () => {
    const text = '女士们、先生们，\n大家上午好！𠮷';
    const paragraphs = segmentTurnText(text, [
      { id: 'a', start: 2, end: 12 },
      { id: 'b', start: 5, end: 7 },
    ]);
    expect(paragraphs.map((p) => p.map((s) => s.text).join('')).join('\n')).toBe(text);
  });
});
