import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { matchText, mergeRanges } from './match';
import { parseSearchQuery } from './query';
import { rankMatches } from './rank';
import { highlightSnippet } from './snippet';

const query = (text: string) => parseSearchQuery(text)!;
const marked = (text: string, q: string) =>
  highlightSnippet(text, matchText(text, query(q)).ranges, 100)
    .filter((s) => s.mark)
    .map((s) => s.text);

describe('parseSearchQuery', () => {
  it.each([
    ['  口罩 ', ['口罩'], []],
    ['疫情防控', ['疫情防控'], ['疫情', '情防', '防控']],
    ['檢測試劑', ['检测试剂'], ['检测', '测试', '试剂']],
    ['ＣＯＶＩＤ－19', ['covid', '19'], []],
    ['口罩，呼吸机', ['口罩', '呼吸机'], ['呼吸', '吸机']],
    ['WHO 世卫', ['who', '世卫'], []],
  ])('%s → terms %j, bigrams %j', (input, terms, bigrams) => {
    const parsed = query(input);
    expect(parsed.terms).toEqual(terms);
    expect(parsed.bigrams).toEqual(bigrams);
  });

  it('gives null for nothing searchable', () => {
    expect(parseSearchQuery('  ，。！ ')).toBeNull();
    expect(parseSearchQuery('')).toBeNull();
  });

  it('keeps the unfolded terms as database patterns', () => {
    expect(query('檢測').patterns).toEqual(expect.arrayContaining(['检测', '檢測']));
  });
});

describe('matchText', () => {
  it.each([
    ['医疗物资包括口罩和防护服', '口罩', ['口罩']],
    ['向意大利派出医疗专家组', '義大利', ['大利']], // Taiwan's word: a related match on its bigram
    ['向意大利派出医疗专家组', '意大利 专家', ['意大利', '专家']],
    ['世界卫生组织（WHO）', 'who', ['WHO']],
    ['𠮷野家的口罩', '口罩', ['口罩']],
    ['ＣＯＶＩＤ－19疫情', 'covid', ['ＣＯＶＩＤ']],
    ['檢測試劑的出口', '检测试剂', ['檢測試劑']],
  ])('in %s finds %s as %j', (text, q, expected) => {
    expect(marked(text, q)).toEqual(expected);
  });

  it('marks bigrams only when a term is missing', () => {
    const text = '防控疫情的国际合作';
    expect(matchText(text, query('疫情防控')).termCounts).toEqual([0]);
    expect(marked(text, '疫情防控')).toEqual(['防控疫情']);
  });

  it('maps folded offsets back to the original text', () => {
    const { folded, originStart, originEnd } = foldText('ａ𠮷Ｂ');
    expect(folded).toBe('a𠮷b');
    expect(originStart).toEqual([0, 1, 1, 3]);
    expect(originEnd).toEqual([1, 3, 3, 4]);
  });

  it('merges overlapping ranges', () => {
    expect(mergeRanges([[5, 8], [0, 2], [1, 3], [8, 9]])).toEqual([[0, 3], [5, 9]]);
  });
});

describe('rankMatches', () => {
  const rank = (texts: string[], q: string, collection = texts.length) =>
    rankMatches(
      texts.map((text) => ({ item: text, match: matchText(text, query(q)) })),
      collection,
    );

  it('puts texts with every term first, more occurrences and shorter texts higher', () => {
    const ranked = rank(['口罩', '口罩口罩口罩，还有很多别的话题在这里讨论', '口罩口罩', '呼吸机'], '口罩');
    expect(ranked.map((r) => r.item)).toEqual(['口罩口罩', '口罩', '口罩口罩口罩，还有很多别的话题在这里讨论']);
  });

  it('ranks reworded Chinese as related after the full matches, and drops weak ones', () => {
    const ranked = rank(['疫情防控形势向好', '防控疫情的合作', '疫苗研发', '情况'], '疫情防控');
    expect(ranked.map((r) => [r.item, r.related])).toEqual([
      ['疫情防控形势向好', false],
      ['防控疫情的合作', true],
    ]);
  });

  it('weighs a rare term above a common one', () => {
    const ranked = rank(['意大利 合作', '合作', '合作', '合作', '中国 合作 意大利 合作 合作'], '意大利 合作', 50);
    expect(ranked[0]!.item).toBe('意大利 合作');
  });
});

describe('highlightSnippet', () => {
  it('cuts around the first match with ellipses and never splits a character', () => {
    const text = `${'前'.repeat(60)}𠮷口罩${'后'.repeat(200)}`;
    const segments = highlightSnippet(text, matchText(text, query('口罩')).ranges, 5);
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments[1]!.text).toBe('前前前前𠮷');
    expect(segments[2]).toEqual({ text: '口罩', mark: true });
    expect(segments.at(-1)).toEqual({ text: '…', mark: false });
  });

  it('shows the start of a text without matches', () => {
    expect(highlightSnippet('短文本', [], 10)).toEqual([{ text: '短文本', mark: false }]);
  });
});

describe('highlightSnippet with words far apart', () => {
  it('shows a window around each different word, joined by an ellipsis', () => {
    const text = `意大利${'中'.repeat(300)}专家组${'后'.repeat(300)}意大利`;
    const segments = highlightSnippet(text, matchText(text, query('意大利 专家组')).ranges, 5);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['意大利', '专家组']);
    expect(segments.filter((s) => s.text === '…')).toHaveLength(2);
  });
});
