import { describe, expect, it } from 'vitest';
import { extractNumbers, parseChineseNumeral } from './numbers';

describe('parseChineseNumeral', () => {
  it.each([
    { description: 'a digit', text: '四', value: 4 },
    { description: '两 for two', text: '两', value: 2 },
    { description: 'a bare ten', text: '十', value: 10 },
    { description: 'ten and a digit', text: '十九', value: 19 },
    { description: 'tens', text: '二十', value: 20 },
    { description: 'hundreds with a zero', text: '一百零五', value: 105 },
    { description: 'ten thousands', text: '两万', value: 20000 },
    { description: 'a hundred million', text: '三亿', value: 300000000 },
    { description: 'not a numeral', text: '四批', value: null },
  ])('$description: $text', ({ text, value }) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });
});

describe('extractNumbers', () => {
  const keys = (text: string) => extractNumbers(text).map((m) => `${m.key}${m.approximate ? '+' : ''}`);
  it.each([
    { description: '万 multiplies, currency is the unit', text: '提供了2000万美元捐款', expected: ['20000000美元'] },
    { description: '个 is dropped, the counted noun is reduced to its head', text: '对89个国家提供援助', expected: ['89国'] },
    { description: 'a long noun phrase still counts countries', text: '与10个南太平洋岛国召开会议', expected: ['10国'] },
    { description: 'international organisations count 组织', text: '10多个国际和地区组织', expected: ['10组织+'] },
    { description: 'a Chinese numeral equals its digits', text: '分四批提供', expected: ['4批'] },
    { description: 'an ordinal keeps 第', text: '第二批专家组', expected: ['第2批'] },
    { description: '首批 is the first batch', text: '首批检测试剂盒', expected: ['第1批'] },
    { description: '多 marks a lower bound', text: '举办了120多场培训', expected: ['120场+'] },
    { description: '余 after 万', text: '10万余人在线观看', expected: ['100000人+'] },
    { description: 'a percentage', text: '90%的人持中国护照', expected: ['90%'] },
    { description: 'a counted word ICU knows', text: '十个工作专班', expected: ['10工作'] },
    { description: 'dates are date cues, not counts', text: '3月16日进入临床试验', expected: [] },
    { description: '二十国集团 is a name, not twenty countries', text: '二十国集团峰会', expected: [] },
    { description: 'G20 is a name, not a count', text: 'G20所有的成员', expected: [] },
    { description: 'small Chinese numerals inside words are not counts', text: '一些国家，两国人民', expected: [] },
    { description: 'ordinals of a speaker’s points are not counts', text: '第一个问题，第二个平台', expected: [] },
    { description: '第一次 means "for the first time"', text: '第一次举行', expected: [] },
  ])('$description: $text', ({ text, expected }) => {
    expect(keys(text)).toEqual(expected);
  });

  it('keeps the surface and where it is', () => {
    expect(extractNumbers('已分4批组织实施')[0]).toMatchObject({ surface: '4批', index: 2, value: 4, unit: '批', ordinal: false });
  });
});
