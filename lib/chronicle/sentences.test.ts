import { describe, expect, it } from 'vitest';
import { endsSentence, joinBroken } from './sentences';

describe('endsSentence', () => {
  it.each([
    { description: 'Chinese full stop', text: '发布会召开。', expected: true },
    { description: 'closing quote after full stop', text: '“早发现”是关键。”', expected: true },
    { description: 'closing quote alone', text: '学术大会(网络会议)”', expected: true },
    { description: 'exclamation and question marks', text: '好!', expected: true },
    { description: 'Latin full stop', text: 'was improving.', expected: true },
    { description: 'comma: cut mid-sentence', text: '习近平指出,', expected: false },
    { description: 'cut mid-word', text: '中国本轮疫情流行高峰已', expected: false },
    { description: 'decimal point is not a full stop', text: '增长1.', expected: false },
  ])('$description -> $expected', ({ text, expected }) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('joinBroken', () => {
  it.each([
    { description: 'Chinese halves join without a space', before: '高峰已', after: '经过去', expected: '高峰已经过去' },
    { description: 'after a comma, still no space', before: '习近平指出,', after: '当前,疫情', expected: '习近平指出,当前,疫情' },
    { description: 'two Latin words get a space back', before: 'said the', after: 'situation', expected: 'said the situation' },
    { description: 'Latin comma then word', before: 'WHO said,', after: 'the', expected: 'WHO said, the' },
    { description: 'Chinese then Latin: no space', before: '中国说,', after: 'WHO认为', expected: '中国说,WHO认为' },
    { description: 'an empty entry takes the text as is', before: '', after: '国务院', expected: '国务院' },
  ])('$description', ({ before, after, expected }) => {
    expect(joinBroken(before, after)).toBe(expected);
  });
});
