import { describe, expect, it } from 'vitest';
import { stripPinyinGlosses } from './strip-pinyin-glosses';

describe('stripPinyinGlosses', () => {
  it.each([
    { description: 'one gloss', text: '齊心協(xié)力', expected: '齊心協力' },
    { description: 'glosses in a footer', text: '- 責(zé)任編輯: 連政', expected: '- 責任編輯: 連政' },
    { description: 'several in a row', text: '長江經(jīng)濟(jì)帶', expected: '長江經濟帶' },
    { description: 'ü with a tone', text: '綠(lǜ)色', expected: '綠色' },
    { description: 'a Latin abbreviation stays', text: '世卫组织(WHO)', expected: '世卫组织(WHO)' },
    { description: 'a letter without tone mark stays', text: '方案(a)', expected: '方案(a)' },
    { description: 'not after a Han character', text: 'x(xié)', expected: 'x(xié)' },
  ])('$description', ({ text, expected }) => {
    expect(stripPinyinGlosses(text)).toBe(expected);
  });
});
