import { describe, expect, it } from 'vitest';
import { editDistance, searchApproximate } from './approximate-search';
import { codePoints } from './code-points';

describe('searchApproximate', () => {
  it.each([
    { description: 'exact match', text: 'xxabcdyy', pattern: 'abcd', k: 1, matches: [{ start: 2, end: 6, errors: 0 }] },
    { description: 'one substitution', text: 'xxabXdyy', pattern: 'abcd', k: 1, matches: [{ start: 2, end: 6, errors: 1 }] },
    { description: 'one insertion in the text', text: 'xxabZcdyy', pattern: 'abcd', k: 1, matches: [{ start: 2, end: 7, errors: 1 }] },
    { description: 'one deletion from the text', text: 'xxabdyy', pattern: 'abcd', k: 1, matches: [{ start: 2, end: 5, errors: 1 }] },
    { description: 'too many edits', text: 'xxaXXdyy', pattern: 'abcd', k: 1, matches: [] },
    { description: 'no errors allowed', text: 'abXd', pattern: 'abcd', k: 0, matches: [] },
    { description: 'two occurrences', text: 'abcd--abcd', pattern: 'abcd', k: 1, matches: [{ start: 0, end: 4, errors: 0 }, { start: 6, end: 10, errors: 0 }] },
    { description: 'astral characters count once', text: '甲𠮷乙丙丁', pattern: '𠮷乙X丁', k: 1, matches: [{ start: 1, end: 5, errors: 1 }] },
    { description: 'empty pattern', text: 'abc', pattern: '', k: 1, matches: [] },
  ])('$description', ({ text, pattern, k, matches }) => {
    expect(searchApproximate(codePoints(text), codePoints(pattern), k)).toEqual(matches);
  });

  it('finds a long pattern with scattered edits (cut-off does not lose it)', () => {
    const pattern = '国务院联防联控机制今天下午举行新闻发布会介绍疫情防控和复工复产情况'.repeat(3);
    const edited = pattern.replace('今天', '今日').replace('介绍', '通报').replace('复工', '复業');
    const text = '前言。'.repeat(50) + edited + '结束。'.repeat(50);
    const matches = searchApproximate(codePoints(text), codePoints(pattern), 10);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ start: 150, errors: 4 });
  });
});

describe('editDistance', () => {
  it.each([
    { description: 'equal', a: '外交部', b: '外交部', distance: 0 },
    { description: 'empty vs text', a: '', b: 'abc', distance: 3 },
    { description: 'substitution', a: 'kitten', b: 'sitten', distance: 1 },
    { description: 'classic', a: 'kitten', b: 'sitting', distance: 3 },
    { description: 'astral substitution is one edit', a: '𠮷野', b: '吉野', distance: 1 },
  ])('$description', ({ a, b, distance }) => {
    expect(editDistance(codePoints(a), codePoints(b))).toBe(distance);
  });
});
