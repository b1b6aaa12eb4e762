import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities';

const canonicals = (text: string) => [...new Set(extractEntities(text).map((m) => `${m.kind}:${m.canonical}`))];

describe('extractEntities', () => {
  it.each([
    { description: 'an abbreviation is normalised (世卫组织)', text: '向世卫组织提供捐款', expected: ['organization:世界卫生组织'] },
    { description: 'a Latin alias is normalised (WHO)', text: 'WHO框架下有10个工作组', expected: ['organization:世界卫生组织'] },
    { description: 'G20 is 二十国集团', text: '关注G20领导人', expected: ['organization:二十国集团'] },
    { description: 'the longest name wins (世界卫生组织 over 世卫)', text: '世界卫生组织', expected: ['organization:世界卫生组织'] },
    { description: 'a country and its "side" (意方) are one entity', text: '意大利政府和意方', expected: ['country:意大利'] },
    { description: 'a joint abbreviation names every party', text: '中日韩举行会议', expected: ['country:日本', 'country:韩国'] },
    { description: 'the Korean word order too', text: '韩中两国的合作', expected: ['country:韩国'] },
    { description: 'a country with a title is an office', text: '意大利总理专门打电话', expected: ['country:意大利', 'office:意大利总理'] },
    { description: 'a gazetteer person', text: '李克强总理同德国通电话', expected: ['person:李克强', 'country:德国'] },
    { description: 'an unknown name after a title (ICU splits it into characters)', text: '巴基斯坦总统阿尔维专程访华', expected: ['country:巴基斯坦', 'office:巴基斯坦总统', 'person:阿尔维'] },
    { description: 'a name ends at a verb', text: '美国总统特朗普通电话', expected: ['country:美国', 'office:美国总统', 'person:特朗普'] },
    { description: 'no person from a common word after a title', text: '习近平主席高度关注', expected: ['person:习近平'] },
    { description: 'a country-like word outside the gazetteer', text: '同乌兹别克斯坦开展合作', expected: ['country:乌兹别克斯坦'] },
    { description: 'generic words ending in 国 are not countries', text: '各国和我们两国以及跨国合作', expected: [] },
    { description: 'an initiative with its short form', text: '秉持命运共同体理念', expected: ['initiative:人类命运共同体'] },
  ])('$description', ({ text, expected }) => {
    expect(canonicals(text)).toEqual(expected);
  });

  it.each([
    { description: 'the chronicle’s name', text: '出席二十国集团领导人应对新冠肺炎特别峰会' },
    { description: 'the minister’s wording', text: '今天晚上习近平主席还将参加二十国集团应对肺炎疫情特别峰会' },
    { description: 'the journalist’s wording', text: '二十国集团对新冠肺炎疫情特别峰会将于今晚举行' },
    { description: 'the Latin abbreviation', text: '全球的目光都会关注G20领导人特别峰会' },
  ])('recognises the G20 special summit in $description', ({ text }) => {
    expect(canonicals(text)).toContain('event:二十国集团特别峰会');
  });

  it.each([
    { description: 'as founded', text: '中韩应对新冠肺炎疫情联防联控合作机制正式成立' },
    { description: 'as described later', text: '中韩新冠肺炎联防联控多部门合作机制' },
  ])('recognises the China–Korea joint mechanism $description', ({ text }) => {
    expect(canonicals(text)).toContain('event:中韩联防联控机制');
  });

  it('reports where each mention is', () => {
    const [mention] = extractEntities('向世卫组织提供');
    expect(mention).toMatchObject({ canonical: '世界卫生组织', surface: '世卫组织', index: 1 });
  });
});
