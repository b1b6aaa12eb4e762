import { describe, expect, it } from 'vitest';
import { parseDateHeading, toIsoDate } from './date-heading';

describe('parseDateHeading', () => {
  it.each([
    { description: 'month and day', text: '3月8日', expected: { year: null, month: 3, day: 8, label: '3月8日' } },
    { description: 'two-digit day', text: '3月27日', expected: { year: null, month: 3, day: 27, label: '3月27日' } },
    { description: 'weekday in full-width brackets', text: '3月8日（星期日）', expected: { year: null, month: 3, day: 8, label: '3月8日' } },
    { description: 'weekday in ASCII brackets, 周 form', text: '3月9日(周一)', expected: { year: null, month: 3, day: 9, label: '3月9日' } },
    { description: 'spelled-out year', text: '2020年3月8日', expected: { year: 2020, month: 3, day: 8, label: '2020年3月8日' } },
    { description: 'spaces between parts', text: '3 月 8 日', expected: { year: null, month: 3, day: 8, label: '3 月 8 日' } },
    { description: 'full-width digits', text: '３月８日', expected: { year: null, month: 3, day: 8, label: '3月8日' } },
    { description: 'impossible dates still parse (validated later)', text: '13月40日', expected: { year: null, month: 13, day: 40, label: '13月40日' } },
  ])('reads $description', ({ text, expected }) => {
    expect(parseDateHeading(text)).toEqual(expected);
  });

  it.each([
    { description: 'a date inside entry text', text: '3月25日,有23个省份报告了境外输入确诊病例。' },
    { description: 'an entry line', text: '◆3月8日' },
    { description: 'a year alone', text: '2020年' },
    { description: 'a month alone', text: '3月' },
    { description: 'a page marker', text: '(上接7版)' },
  ])('ignores $description', ({ text }) => {
    expect(parseDateHeading(text)).toBeNull();
  });
});

describe('toIsoDate', () => {
  it.each([
    { description: 'an ordinary day', year: 2020, month: 3, day: 8, expected: '2020-03-08' },
    { description: 'a leap day in a leap year', year: 2020, month: 2, day: 29, expected: '2020-02-29' },
    { description: 'a leap day in a common year', year: 2019, month: 2, day: 29, expected: null },
    { description: 'month 13', year: 2020, month: 13, day: 1, expected: null },
    { description: 'day 40', year: 2020, month: 3, day: 40, expected: null },
    { description: 'day 0', year: 2020, month: 3, day: 0, expected: null },
  ])('gives $expected for $description', ({ year, month, day, expected }) => {
    expect(toIsoDate(year, month, day)).toBe(expected);
  });
});
