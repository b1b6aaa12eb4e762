import { describe, expect, it } from 'vitest';
import { groupSentences, splitSentences } from './paragraphs';

describe('splitSentences', () => {
  it.each([
    { description: 'full stops', text: '一。二。', expected: ['一。', '二。'] },
    { description: 'closing quotes stay with their sentence', text: '他说:“好。”然后走了。', expected: ['他说:“好。”', '然后走了。'] },
    { description: 'an unfinished tail is kept', text: '一。二', expected: ['一。', '二'] },
    { description: 'decimal points do not split', text: '呼吸机4.18万台。', expected: ['呼吸机4.18万台。'] },
    { description: 'mixed marks', text: '是吗?是的!好。', expected: ['是吗?', '是的!', '好。'] },
  ])('$description', ({ text, expected }) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('groupSentences', () => {
  it.each([
    { description: 'short sentences gather until the minimum', text: '一二。三四。五六。', min: 5, expected: ['一二。三四。', '五六。'] },
    { description: 'a long sentence stands alone', text: '一二三四五六。七。', min: 5, expected: ['一二三四五六。', '七。'] },
    { description: 'everything fits in one paragraph', text: '一。二。', min: 150, expected: ['一。二。'] },
    { description: 'nothing in, nothing out', text: '', min: 5, expected: [] },
  ])('$description', ({ text, min, expected }) => {
    expect(groupSentences(text, min)).toEqual(expected);
  });
});
