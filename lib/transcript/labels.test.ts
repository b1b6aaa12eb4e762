import { describe, expect, it } from 'vitest';
import { hasRoleWord, isSpeakerLabel, matchInlineTag, matchOwnLineTag } from './labels';

describe('isSpeakerLabel', () => {
  it.each([
    { description: 'a personal name', label: '胡凯红', ok: true },
    { description: 'an outlet with 记者', label: '中央广播电视总台央视记者', ok: true },
    { description: 'Latin letters', label: 'CGTN记者', ok: true },
    { description: 'a transliterated name with ·', label: '迪丽热巴·迪力木拉提', ok: true },
    { description: 'exactly 30 characters', label: '一'.repeat(29) + '人', ok: true },
    { description: 'more than 30 characters', label: '国'.repeat(31), ok: false },
    { description: 'a clause with a comma', label: '第二个问题，下一步怎么考虑。针对这个问题，简单说是三个方面', ok: false },
    { description: 'a question mark', label: '你好吗？', ok: false },
    { description: 'digits only', label: '10', ok: false },
    { description: 'a numbered point', label: '第一', ok: false },
    { description: 'a numbered point with a counter', label: '第二点', ok: false },
    { description: 'a numbered article', label: '第三条', ok: false },
    { description: 'an outlet starting with an ordinal, with 记者', label: '第一财经记者', ok: true },
    { description: 'an outlet starting with digits', label: '21世纪经济报道记者', ok: true },
    { description: 'an outlet starting with a numeral, named without 记者', label: '三联生活周刊', ok: true },
    { description: 'a numbered point ending in an outlet word is still an outlet', label: '第一财经日报', ok: true },
    { description: 'an enumeration with 是', label: '一是', ok: false },
    { description: 'a speech verb', label: '习近平主席说', ok: false },
    { description: 'a lead-in ending in 如下', label: '具体如下', ok: false },
    { description: 'a parenthesised remark', label: '（笑）', ok: false },
    { description: 'a salutation to the press', label: '各位媒体朋友', ok: false },
    { description: 'a salutation ending in 们', label: '记者朋友们', ok: false },
    { description: 'an English greeting', label: 'Ladies and gentlemen', ok: false },
    { description: 'a chronicle date', label: '5月12日', ok: false },
    { description: 'a weekday', label: '星期四', ok: false },
    { description: 'an English date', label: 'March 26', ok: false },
    { description: 'an English speaker label', label: 'MS. PSAKI', ok: true },
    { description: 'Traditional characters', label: '行政長官', ok: true },
  ])('$description', ({ label, ok }) => {
    expect(isSpeakerLabel(label)).toBe(ok);
  });
});

describe('matchOwnLineTag (speaker line vs colon sentence)', () => {
  it.each([
    { description: 'half-width colon', text: '胡凯红:', label: '胡凯红', bracketed: false },
    { description: 'full-width colon', text: '胡凯红：', label: '胡凯红', bracketed: false },
    { description: 'space before the colon', text: '胡凯红 ：', label: '胡凯红', bracketed: false },
    { description: '【】 brackets', text: '【胡凯红】', label: '胡凯红', bracketed: true },
    { description: '[] brackets with a colon', text: '[胡凯红]:', label: '胡凯红', bracketed: true },
    { description: '［］ full-width brackets with a full-width colon', text: '［胡凯红］：', label: '胡凯红', bracketed: true },
    { description: 'a long colon sentence without punctuation (shape alone passes)', text: '我觉得中国的经验可以从几个方面去归纳总结：', label: '我觉得中国的经验可以从几个方面去归纳总结', bracketed: false },
    { description: 'a colon sentence with a comma', text: '第二个问题，下一步怎么考虑。针对这个问题，简单说是三个方面：', label: null, bracketed: false },
    { description: 'a lead-in', text: '简单说是三个方面：', label: null, bracketed: false },
    { description: 'text after the colon is not an own-line tag', text: '胡凯红：女士们', label: null, bracketed: false },
    { description: 'a timestamp', text: '2020-03-26 10:01:21', label: null, bracketed: false },
    { description: 'a bracketed time of day', text: '[10:31]', label: null, bracketed: false },
  ])('$description', ({ text, label, bracketed }) => {
    const tag = matchOwnLineTag(text);
    expect(tag?.label ?? null).toBe(label);
    if (tag) expect(tag.bracketed).toBe(bracketed);
  });
});

describe('matchInlineTag', () => {
  it.each([
    { description: '【】 tag then text', text: '【胡凯红】女士们、先生们', label: '胡凯红', rest: '女士们、先生们' },
    { description: '[] tag, colon, space', text: '[罗照辉]： 谢谢主持人。', label: '罗照辉', rest: '谢谢主持人。' },
    { description: 'full-width colon tag', text: '胡凯红：女士们、先生们', label: '胡凯红', rest: '女士们、先生们' },
    { description: 'half-width colon and a space', text: 'CGTN记者: 在这次发布会', label: 'CGTN记者', rest: '在这次发布会' },
    { description: 'a sentence with a colon late in it', text: '谢谢记者朋友。中国在确定提供抗疫援助方案时，我们主要考虑以下几个方面的因素：第一', label: null, rest: '' },
    { description: 'a speech verb before the colon', text: '习近平主席说：病毒不分国界', label: null, rest: '' },
    { description: 'a numbered point', text: '第一：分享基因组信息', label: null, rest: '' },
    { description: 'a colon with nothing after it', text: '胡凯红：', label: null, rest: '' },
    { description: 'a time of day', text: '10:31 开始提问', label: null, rest: '' },
  ])('$description', ({ text, label, rest }) => {
    const tag = matchInlineTag(text);
    expect(tag?.label ?? null).toBe(label);
    expect(tag?.rest ?? '').toBe(rest);
  });
});

describe('hasRoleWord', () => {
  it.each([
    { description: 'journalist', label: '韩联社记者', ok: true },
    { description: 'host', label: '主持人', ok: true },
    { description: 'spokesperson', label: '外交部发言人', ok: true },
    { description: 'title and name', label: '外交部副部长罗照辉', ok: true },
    { description: 'a bare name', label: '罗照辉', ok: false },
    { description: 'host word, space, name', label: '主持人 许清和', ok: true },
    { description: 'journalist with a name after a space', label: '路透社记者 张三', ok: true },
    { description: 'an outlet without 记者', label: '彭博社', ok: true },
    { description: 'Traditional journalist', label: '記者', ok: true },
    { description: 'a Traditional title', label: '行政長官', ok: true },
    { description: 'a colon sentence', label: '我觉得中国的经验可以从几个方面去归纳总结', ok: false },
  ])('$description', ({ label, ok }) => {
    expect(hasRoleWord(label)).toBe(ok);
  });
});
