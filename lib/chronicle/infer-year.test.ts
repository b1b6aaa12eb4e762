import { describe, expect, it } from 'vitest';
import { inferYear, type YearClues } from './infer-year';

describe('inferYear', () => {
  const none: YearClues = { headingYears: [], text: '' };
  it.each<{ description: string; clues: YearClues; expected: ReturnType<typeof inferYear> }>([
    {
      description: 'the option wins over everything',
      clues: { optionYear: 2021, headingYears: [2020], fileName: 'chronicle-2019-03.txt', text: '2018年' },
      expected: { year: 2021, source: 'option' },
    },
    {
      description: 'a heading with 年 wins over the file name',
      clues: { headingYears: [2020, 2021], fileName: 'chronicle-2019-03.txt', text: '' },
      expected: { year: 2020, source: 'heading' },
    },
    {
      description: 'a year in the file name',
      clues: { ...none, fileName: 'chronicle-2020-03.txt' },
      expected: { year: 2020, source: 'file name' },
    },
    {
      description: 'only the base name of a path counts',
      clues: { ...none, fileName: '/data/2019/chronicle-03.txt', text: '2020年第7期' },
      expected: { year: 2020, source: 'text' },
    },
    {
      description: 'the most frequent year in the text',
      clues: { ...none, text: '2019年底……2020年第7期……2020年逆转录病毒大会' },
      expected: { year: 2020, source: 'text' },
    },
    {
      description: 'a tie goes to the year seen first',
      clues: { ...none, text: '2019年……2020年' },
      expected: { year: 2019, source: 'text' },
    },
    {
      description: 'amounts are not years (捐款2000万美元)',
      clues: { ...none, text: '捐款2000万美元' },
      expected: null,
    },
    { description: 'nothing to go on', clues: none, expected: null },
  ])('$description', ({ clues, expected }) => {
    expect(inferYear(clues)).toEqual(expected);
  });
});
