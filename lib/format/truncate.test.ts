import { describe, expect, it } from 'vitest';
import { truncateCodePoints } from './truncate';

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncateCodePoints', () => {
  it.each([
    { description: 'short text unchanged', text: '谢谢主持人。', max: 10, expected: '谢谢主持人。' },
    { description: 'exactly max code points unchanged', text: '𠮷𠮷𠮷', max: 3, expected: '𠮷𠮷𠮷' },
    { description: 'cut with an ellipsis', text: '一二三四五六', max: 4, expected: '一二三四…' },
    { description: '𠮷 at the cut point stays whole', text: 'ab𠮷cd', max: 3, expected: 'ab𠮷…' },
    { description: 'counts 𠮷 as one, not two', text: '𠮷𠮷𠮷𠮷', max: 2, expected: '𠮷𠮷…' },
    { description: 'an emoji with a skin tone is not split from its modifier', text: 'ab👍🏽cd', max: 3, expected: 'ab…' },
    { description: 'a ZWJ family stays whole or goes whole', text: 'a👨‍👩‍👧b', max: 3, expected: 'a…' },
    { description: 'trailing space dropped before the ellipsis', text: 'one two three', max: 4, expected: 'one…' },
    { description: 'custom ellipsis', text: 'abcdef', max: 3, ellipsis: '', expected: 'abc' },
    { description: 'one grapheme longer than max is cut at code points', text: `e${'\u0301'.repeat(5)}`, max: 2, expected: 'e\u0301…' },
  ])('$description', ({ text, max, ellipsis, expected }) => {
    expect(truncateCodePoints(text, max, ellipsis)).toBe(expected);
  });

  it('never leaves a lone surrogate, wherever the cut falls', () => {
    const text = 'x𠮷😀y🇨🇳𠮷'.repeat(8);
    for (let max = 0; max <= Array.from(text).length; max += 1) {
      expect(truncateCodePoints(text, max), `max ${max}`).not.toMatch(LONE_SURROGATE);
    }
  });
});
