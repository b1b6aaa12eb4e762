import { describe, expect, it } from 'vitest';
import { titleFromFileName } from './title-from-file-name';

describe('titleFromFileName', () => {
  it.each([
    { description: 'news prefix and year dropped', fileName: 'news-2020-foreign-ministry-review.txt', expected: 'Foreign ministry review' },
    { description: 'full date dropped, directories ignored', fileName: 'data/news-2020-03-24-chongqing-belt-and-road.txt', expected: 'Chongqing belt and road' },
    { description: 'underscores as separators', fileName: 'who_briefing_2020_03.txt', expected: 'Who briefing' },
    { description: 'Chinese names kept', fileName: '同舟共济.txt', expected: '同舟共济' },
    { description: 'only a date: nothing left', fileName: '2020-03-24.txt', expected: null },
    { description: 'no file name', fileName: undefined, expected: null },
  ])('$description', ({ fileName, expected }) => {
    expect(titleFromFileName(fileName)).toBe(expected);
  });
});
