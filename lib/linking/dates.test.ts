import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate, resolveDateCues } from './dates';

const HELD_ON = '2020-03-26'; // a Thursday

describe('resolveDateCues', () => {
  it.each([
    { description: 'tonight', text: '今天晚上习近平主席还将参加峰会', expected: [['今天晚上', '2020-03-26', '2020-03-26']] },
    { description: 'the short form', text: '特别峰会将于今晚举行', expected: [['今晚', '2020-03-26', '2020-03-26']] },
    { description: 'yesterday', text: '昨天下载文件大概444万份', expected: [['昨天', '2020-03-25', '2020-03-25']] },
    { description: 'the day before yesterday', text: '前天', expected: [['前天', '2020-03-24', '2020-03-24']] },
    { description: 'last week, Monday to Sunday', text: '上周举行了会议', expected: [['上周', '2020-03-16', '2020-03-22']] },
    { description: 'this week', text: '本周', expected: [['本周', '2020-03-23', '2020-03-29']] },
    { description: 'a month and day', text: '疫苗已于3月16日进入临床试验', expected: [['3月16日', '2020-03-16', '2020-03-16']] },
    { description: '号 for 日', text: '第一个基因组信息是在1月11号', expected: [['1月11号', '2020-01-11', '2020-01-11']] },
    { description: 'Chinese numerals, a date well after the conference is last year', text: '十二月三十一日', expected: [['十二月三十一日', '2019-12-31', '2019-12-31']] },
    { description: 'a day without a month is in the conference’s month', text: '18日，内地报告', expected: [['18日', '2020-03-18', '2020-03-18']] },
    { description: '日前 means "recently", not a date', text: '习近平日前致电', expected: [] },
    { description: 'an impossible date is dropped', text: '2月30日', expected: [] },
  ])('$description', ({ text, expected }) => {
    expect(resolveDateCues(text, HELD_ON).map((c) => [c.cue, c.from, c.to])).toEqual(expected);
  });

  it('keeps the sentence a cue is in, to know what happened on that day', () => {
    const [cue] = resolveDateCues('谢谢主持人。今天晚上习近平主席还将参加特别峰会。国际社会。', HELD_ON);
    expect(cue?.sentence).toBe('今天晚上习近平主席还将参加特别峰会。');
  });
});

describe('date arithmetic', () => {
  it.each([
    { description: 'the local day of a timestamp with offset', actual: () => localDate('2020-03-26T10:00:00+08:00'), expected: '2020-03-26' },
    { description: 'no timestamp, no day', actual: () => localDate(null), expected: null },
    { description: 'adding days across a month', actual: () => addDays('2020-02-28', 2), expected: '2020-03-01' },
    { description: 'days between, signed', actual: () => daysBetween('2020-03-26', '2020-03-12'), expected: -14 },
  ])('$description', ({ actual, expected }) => {
    expect(actual()).toBe(expected);
  });
});
