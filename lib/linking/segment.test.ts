import { describe, expect, it } from 'vitest';
import { extractTerms, hanBigrams, segmentWords } from './segment';

describe('segmentWords', () => {
  it.each([
    { description: 'common words stay whole', text: '国际合作', words: ['国际', '合作'] },
    { description: 'punctuation is dropped and Latin lower-cased', text: 'G20领导人，WHO。', words: ['g20', '领导', '人', 'who'] },
    { description: 'a rare name falls apart into characters', text: '武契奇', words: ['武', '契', '奇'] },
  ])('$description', ({ text, words }) => {
    expect(segmentWords(text)).toEqual(words);
  });
});

describe('hanBigrams', () => {
  it.each([
    { description: 'overlapping pairs of one run', text: '谭德塞', bigrams: ['谭德', '德塞'] },
    { description: 'punctuation breaks runs', text: '世卫，组织', bigrams: ['世卫', '组织'] },
    { description: 'a single character has none', text: '中', bigrams: [] },
  ])('$description', ({ text, bigrams }) => {
    expect(hanBigrams(text)).toEqual(bigrams);
  });
});

describe('extractTerms', () => {
  it.each([
    { description: 'words of two or more characters, counted', text: '疫苗研发，疫苗', has: { 疫苗: 2, 研发: 1 }, lacks: [] },
    { description: 'bigrams of a stretch of single characters catch a split name', text: '总统武契奇表示', has: { 武契: 1, 契奇: 1 }, lacks: ['武', '统武'] },
    { description: 'no bigrams across two known words', text: '中国的国际合作', has: { 国际: 1, 合作: 1 }, lacks: ['的国', '国的'] },
    { description: 'function words are not terms', text: '我们认为具体情况非常重要', has: {}, lacks: ['我们', '认为', '具体', '非常'] },
    { description: 'boilerplate is kept (IDF weighs it down)', text: '疫情防控', has: { 疫情: 1, 防控: 1 }, lacks: [] },
    { description: 'digits are left to the number extractor', text: '2000万美元', has: { 美元: 1 }, lacks: ['2000'] },
    { description: 'Latin names are terms', text: '与BioNTech公司合作', has: { biontech: 1, 公司: 1 }, lacks: [] },
  ])('$description', ({ text, has, lacks }) => {
    const terms = extractTerms(text);
    for (const [term, count] of Object.entries(has)) expect(terms.get(term)).toBe(count);
    for (const term of lacks) expect(terms.has(term)).toBe(false);
  });

  it('skips masked segments, which end a bigram stretch like punctuation', () => {
    const text = '向塞尔维亚派遣专家组';
    const masked = new Set([1, 2, 3, 4]);
    const terms = extractTerms(text, undefined, masked);
    expect(terms.has('塞尔维亚')).toBe(false);
    expect(terms.get('派遣')).toBe(1);
  });
});
