import { describe, expect, it } from 'vitest';
import { isMarker, splitLines, trimText } from './lines';

describe('splitLines', () => {
  it.each([
    { description: 'LF line ends', raw: 'a\nb', texts: ['a', 'b'] },
    { description: 'CRLF line ends', raw: 'a\r\nb\r\n', texts: ['a', 'b', ''] },
    { description: 'lone CR line ends', raw: 'a\rb', texts: ['a', 'b'] },
    { description: 'a leading BOM is dropped', raw: '\ufeff胡凯红:\n谢谢', texts: ['胡凯红:', '谢谢'] },
    { description: 'full-width indents and trailing spaces are trimmed', raw: '　　胡凯红：　\n  谢谢 \t', texts: ['胡凯红：', '谢谢'] },
    { description: 'a line of only full-width spaces is blank', raw: '\u3000\n\u3000\u3000', texts: ['', ''] },
  ])('$description', ({ raw, texts }) => {
    expect(splitLines(raw).map((l) => l.text)).toEqual(texts);
  });

  it('numbers lines from 1 and keeps the raw text without line ends or BOM', () => {
    expect(splitLines('\ufeff　a\r\nb')).toEqual([
      { number: 1, raw: '　a', text: 'a' },
      { number: 2, raw: 'b', text: 'b' },
    ]);
  });
});

describe('trimText', () => {
  it.each([
    { description: 'ASCII spaces and tabs', input: ' \tabc\t ', output: 'abc' },
    { description: 'full-width spaces (U+3000)', input: '\u3000\u3000abc\u3000', output: 'abc' },
    { description: 'no-break and zero-width spaces', input: '\u00a0\u200babc\u200b', output: 'abc' },
    { description: 'inner spaces stay', input: ' a b ', output: 'a b' },
  ])('$description', ({ input, output }) => {
    expect(trimText(input)).toBe(output);
  });
});

describe('isMarker', () => {
  it.each([
    { description: 'seed marker with a full-width colon', text: '以下为文字实录：', marker: true },
    { description: 'half-width colon', text: '以下为文字实录:', marker: true },
    { description: 'no colon', text: '以下为文字实录', marker: true },
    { description: '以下是 variant', text: '以下是文字实录：', marker: true },
    { description: 'picture-and-text variant', text: '以下为图文实录：', marker: true },
    { description: '文字实录如下', text: '文字实录如下：', marker: true },
    { description: 'a sentence mentioning the transcript', text: '以下为文字实录的部分内容，供参考。', marker: false },
    { description: 'a speaker line', text: '胡凯红:', marker: false },
  ])('$description', ({ text, marker }) => {
    expect(isMarker(text)).toBe(marker);
  });
});
