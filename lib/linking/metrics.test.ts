import { describe, expect, it } from 'vitest';
import { dcg, gain, ndcgAt, precisionAt, recallAt, type Grades } from './metrics';

// Hand-computed: log2(2) = 1, log2(3) ≈ 1.585, log2(4) = 2; gain(2) = 3, gain(1) = 1.
const GRADES: Grades = { a: 2, c: 1 };

describe('precisionAt', () => {
  it.each([
    { description: 'a relevant first result', ranked: ['a', 'b', 'c'], k: 1, expected: 1 },
    { description: 'an irrelevant first result', ranked: ['b', 'a'], k: 1, expected: 0 },
    { description: 'two of three', ranked: ['a', 'b', 'c'], k: 3, expected: 2 / 3 },
    { description: 'a short list still divides by k', ranked: ['a', 'c'], k: 5, expected: 2 / 5 },
    { description: 'no results', ranked: [], k: 3, expected: 0 },
  ])('$description', ({ ranked, k, expected }) => {
    expect(precisionAt(ranked, GRADES, k)).toBeCloseTo(expected, 10);
  });
});

describe('recallAt', () => {
  it.each<{ description: string; ranked: string[]; grades: Grades; k: number; expected: number }>([
    { description: 'one of three relevant found', ranked: ['a', 'x'], grades: { a: 2, c: 1, d: 1 }, k: 10, expected: 1 / 3 },
    { description: 'all found', ranked: ['c', 'x', 'a'], grades: GRADES, k: 10, expected: 1 },
    { description: 'found only beyond k', ranked: ['x', 'a'], grades: GRADES, k: 1, expected: 0 },
    { description: 'nothing relevant to find', ranked: ['a'], grades: {}, k: 10, expected: 0 },
  ])('$description', ({ ranked, grades, k, expected }) => {
    expect(recallAt(ranked, grades, k)).toBeCloseTo(expected, 10);
  });
});

describe('nDCG', () => {
  it.each([
    { description: 'gain of grade 2', actual: () => gain(2), expected: 3 },
    { description: 'gain of grade 1', actual: () => gain(1), expected: 1 },
    { description: 'DCG of [0, 2, 1]: 0 + 3/log2(3) + 1/2', actual: () => dcg([0, 2, 1]), expected: 3 / Math.log2(3) + 0.5 },
    { description: 'the ideal order', actual: () => ndcgAt(['a', 'c'], GRADES, 5), expected: 1 },
    { description: 'swapped grades: (1 + 3/log2(3)) / (3 + 1/log2(3))', actual: () => ndcgAt(['c', 'a'], GRADES, 5), expected: (1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)) },
    { description: 'an irrelevant first: (3/log2(3) + 1/2) / (3 + 1/log2(3)) ≈ 0.659', actual: () => ndcgAt(['x', 'a', 'c'], GRADES, 5), expected: 0.659 },
    { description: 'cut at k = 1: the related entry first gets 1/3', actual: () => ndcgAt(['c', 'a'], GRADES, 1), expected: 1 / 3 },
    { description: 'nothing relevant judged', actual: () => ndcgAt(['a'], {}, 5), expected: 0 },
  ])('$description', ({ actual, expected }) => {
    expect(actual()).toBeCloseTo(expected, 3);
  });
});
