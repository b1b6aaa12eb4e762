import { describe, expect, it } from 'vitest';
import { findHeldAt, matchStamp, readNumber } from './times';

describe('matchStamp (time lines)', () => {
  it.each([
    { description: 'seed date and time', text: '2020-03-26 10:01:21', stamp: { date: '2020-03-26', time: '10:01:21' } },
    { description: 'slashes, no seconds', text: '2020/3/26 10:01', stamp: { date: '2020-03-26', time: '10:01:00' } },
    { description: 'dots', text: '2020.03.26 09:05:07', stamp: { date: '2020-03-26', time: '09:05:07' } },
    { description: 'Chinese date', text: '2020年3月26日 10:42:35', stamp: { date: '2020-03-26', time: '10:42:35' } },
    { description: 'bracketed date and time', text: '【2020-03-26 10:01:21】', stamp: { date: '2020-03-26', time: '10:01:21' } },
    { description: 'time of day with seconds', text: '10:31:20', stamp: { date: null, time: '10:31:20' } },
    { description: 'time of day in square brackets', text: '[10:31]', stamp: { date: null, time: '10:31:00' } },
    { description: 'time of day in full-width parentheses', text: '（10:31）', stamp: { date: null, time: '10:31:00' } },
    { description: 'time of day in half-width parentheses', text: '(9:05:30)', stamp: { date: null, time: '09:05:30' } },
    { description: 'full-width colon', text: '［10：31］', stamp: { date: null, time: '10:31:00' } },
    { description: 'hours and minutes in characters', text: '15时03分', stamp: { date: null, time: '15:03:00' } },
    { description: 'impossible hour', text: '25:10', stamp: null },
    { description: 'impossible month', text: '2020-13-26 10:01:21', stamp: null },
    { description: 'a sentence with a time', text: '10:31 开始提问', stamp: null },
    { description: 'a speaker line', text: '胡凯红:', stamp: null },
  ])('$description', ({ text, stamp }) => {
    expect(matchStamp(text)).toEqual(stamp);
  });
});

describe('findHeldAt (summary sentence)', () => {
  const offset = '+08:00';
  it.each([
    { description: 'seed: 上午10时', summary: '国务院新闻办公室于2020年3月26日（星期四）上午10时举行新闻发布会', heldAt: '2020-03-26T10:00:00+08:00' },
    { description: '下午 adds 12 hours', summary: '于2020年3月26日下午3时举行', heldAt: '2020-03-26T15:00:00+08:00' },
    { description: 'hours and minutes', summary: '2020年3月26日上午10时30分举行', heldAt: '2020-03-26T10:30:00+08:00' },
    { description: '半 is half past', summary: '2020年3月26日上午10时半举行', heldAt: '2020-03-26T10:30:00+08:00' },
    { description: 'clock notation', summary: '2020年3月26日10:30举行', heldAt: '2020-03-26T10:30:00+08:00' },
    { description: '晚上 with 点', summary: '2020年3月26日晚上8点举行', heldAt: '2020-03-26T20:00:00+08:00' },
    { description: '中午12时 stays 12', summary: '2020年3月26日中午12时举行', heldAt: '2020-03-26T12:00:00+08:00' },
    { description: 'Chinese numerals', summary: '2020年三月二十六日下午三时举行', heldAt: '2020-03-26T15:00:00+08:00' },
    { description: 'date without a time of day', summary: '2020年3月26日举行新闻发布会', heldAt: null },
    { description: 'no date', summary: '上午10时举行新闻发布会', heldAt: null },
  ])('$description', ({ summary, heldAt }) => {
    expect(findHeldAt(summary, offset)).toBe(heldAt);
  });

  it('uses the given offset', () => {
    expect(findHeldAt('2020年3月26日上午10时', '-05:00')).toBe('2020-03-26T10:00:00-05:00');
  });
});

describe('readNumber', () => {
  it.each([
    { description: 'Arabic', text: '26', n: 26 },
    { description: '十', text: '十', n: 10 },
    { description: '十二', text: '十二', n: 12 },
    { description: '二十六', text: '二十六', n: 26 },
    { description: '三十', text: '三十', n: 30 },
    { description: '两', text: '两', n: 2 },
    { description: 'not a number', text: '时', n: NaN },
  ])('$description', ({ text, n }) => {
    expect(readNumber(text)).toBe(n);
  });
});
