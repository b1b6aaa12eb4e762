import { describe, expect, it } from 'vitest';
import { readDateLine } from './published-date';

describe('readDateLine', () => {
  it.each([
    {
      description: 'a site timestamp with the first paragraph glued on',
      text: '最后更新: 2020-03-24 21:19:11共建“一帶一路”',
      expected: { publishedOn: '2020-03-24', publishedAt: '2020-03-24T21:19:11+08:00', rest: '共建“一帶一路”', labelled: true },
    },
    {
      description: 'a traditional label, time without seconds',
      text: '最後更新：2020-03-27 09:05',
      expected: { publishedOn: '2020-03-27', publishedAt: '2020-03-27T09:05:00+08:00', rest: '', labelled: true },
    },
    {
      description: 'a bare Chinese date',
      text: '2020年3月27日',
      expected: { publishedOn: '2020-03-27', publishedAt: null, rest: '', labelled: false },
    },
    {
      description: 'a bare date with a weekday',
      text: '2020年3月20日 星期五',
      expected: { publishedOn: '2020-03-20', publishedAt: null, rest: '', labelled: false },
    },
    {
      description: 'a bare date, time and outlet',
      text: '2020-03-27 10:00 人民日报',
      expected: { publishedOn: '2020-03-27', publishedAt: '2020-03-27T10:00:00+08:00', rest: '人民日报', labelled: false },
    },
    {
      description: 'slashes and a single-digit hour',
      text: '发布时间：2020/3/5 8:30',
      expected: { publishedOn: '2020-03-05', publishedAt: '2020-03-05T08:30:00+08:00', rest: '', labelled: true },
    },
  ])('reads $description', ({ text, expected }) => {
    expect(readDateLine(text)).toEqual(expected);
  });

  it.each([
    { description: 'a paragraph that opens with a date', text: '2020年3月27日，国务院召开常务会议，部署下一步工作。' },
    { description: 'a date without a year', text: '3月26日' },
    { description: 'an impossible date', text: '2020-02-30' },
    { description: 'an impossible time', text: '最后更新: 2020-03-24 25:19:11' },
    { description: 'a headline', text: '我国已援助八十九个国家和四个国际组织' },
  ])('rejects $description', ({ text }) => {
    expect(readDateLine(text)).toBeNull();
  });
});
