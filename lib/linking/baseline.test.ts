import { describe, expect, it } from 'vitest';
import { buildBaselineIndex, rankBaseline } from './baseline';

const ENTRIES = [
  { id: 'italy', date: '2020-03-12', text: '首批中国抗疫医疗专家组抵达意大利。' },
  { id: 'serbia', date: '2020-03-22', text: '中国援助塞尔维亚抗疫医疗专家组抵达塞尔维亚。' },
  { id: 'summit', date: '2020-03-26', text: '习近平出席二十国集团领导人特别峰会。' },
];

describe('rankBaseline', () => {
  const index = buildBaselineIndex(ENTRIES);
  it.each([
    { description: 'shared rare words rank first', text: '专家组抵达塞尔维亚', k: 3, first: 'serbia' },
    { description: 'k limits the list', text: '医疗专家组', k: 1, length: 1 },
    { description: 'nothing shared, nothing ranked', text: '谢谢', k: 3, length: 0 },
  ])('$description', ({ text, k, first, length }) => {
    const ranked = rankBaseline(index, text, k);
    if (first) expect(ranked[0]).toBe(first);
    if (length !== undefined) expect(ranked).toHaveLength(length);
  });
});
