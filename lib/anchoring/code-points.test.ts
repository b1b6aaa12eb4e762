import { describe, expect, it } from 'vitest';
import { codePointLength, codePointSlice, codePointToUtf16, codePoints, indexesOf, utf16ToCodePoint } from './code-points';

// 𠮷 (U+20BB7) and 😀 (U+1F600) are outside the BMP: one code point, two UTF-16 units each.
const MIXED = 'a𠮷b😀c';

describe('codePointLength', () => {
  it.each([
    { description: 'empty', s: '', length: 0 },
    { description: 'ASCII', s: 'abc', length: 3 },
    { description: 'Chinese in the BMP', s: '外交部', length: 3 },
    { description: 'astral CJK ideograph', s: '𠮷野家', length: 3 },
    { description: 'emoji', s: '😀😀', length: 2 },
    { description: 'mixed', s: MIXED, length: 5 },
    { description: 'lone high surrogate counts as one', s: 'a\ud842', length: 2 },
    { description: 'lone low surrogate counts as one', s: '\udfb7b', length: 2 },
  ])('$description', ({ s, length }) => {
    expect(codePointLength(s)).toBe(length);
  });
});

describe('codePointToUtf16', () => {
  it.each([
    { description: 'start', cp: 0, utf16: 0 },
    { description: 'before the first astral char', cp: 1, utf16: 1 },
    { description: 'after the first astral char', cp: 2, utf16: 3 },
    { description: 'after the emoji', cp: 4, utf16: 6 },
    { description: 'end', cp: 5, utf16: 7 },
    { description: 'past the end clamps', cp: 99, utf16: 7 },
    { description: 'negative clamps', cp: -1, utf16: 0 },
  ])('$description', ({ cp, utf16 }) => {
    expect(codePointToUtf16(MIXED, cp)).toBe(utf16);
  });
});

describe('utf16ToCodePoint', () => {
  it.each([
    { description: 'start', utf16: 0, cp: 0 },
    { description: 'before 𠮷', utf16: 1, cp: 1 },
    { description: 'inside 𠮷 rounds up past it', utf16: 2, cp: 2 },
    { description: 'after 𠮷', utf16: 3, cp: 2 },
    { description: 'inside 😀 rounds up past it', utf16: 5, cp: 4 },
    { description: 'end', utf16: 7, cp: 5 },
    { description: 'past the end clamps', utf16: 50, cp: 5 },
    { description: 'negative clamps', utf16: -4, cp: 0 },
  ])('$description', ({ utf16, cp }) => {
    expect(utf16ToCodePoint(MIXED, utf16)).toBe(cp);
  });

  it('round-trips every code-point offset', () => {
    for (let cp = 0; cp <= codePointLength(MIXED); cp++) {
      expect(utf16ToCodePoint(MIXED, codePointToUtf16(MIXED, cp))).toBe(cp);
    }
  });
});

describe('codePointSlice', () => {
  it.each([
    { description: 'the astral char alone', start: 1, end: 2, slice: '𠮷' },
    { description: 'across both astral chars', start: 1, end: 4, slice: '𠮷b😀' },
    { description: 'the whole string', start: 0, end: 5, slice: MIXED },
    { description: 'empty range', start: 2, end: 2, slice: '' },
    { description: 'reversed range is empty', start: 3, end: 1, slice: '' },
    { description: 'clamped at the end', start: 3, end: 40, slice: '😀c' },
    { description: 'clamped at the start', start: -2, end: 1, slice: 'a' },
  ])('$description', ({ start, end, slice }) => {
    expect(codePointSlice(MIXED, start, end)).toBe(slice);
  });
});

describe('codePoints', () => {
  it('gives one number per code point', () => {
    expect(codePoints(MIXED)).toEqual([0x61, 0x20bb7, 0x62, 0x1f600, 0x63]);
  });
});

describe('indexesOf', () => {
  it.each([
    { description: 'none', haystack: 'abc', needle: 'x', indexes: [] },
    { description: 'empty needle', haystack: 'abc', needle: '', indexes: [] },
    { description: 'after astral chars, in code points', haystack: '𠮷a😀a', needle: 'a', indexes: [1, 3] },
    { description: 'overlapping', haystack: 'aaa', needle: 'aa', indexes: [0, 1] },
    { description: 'astral needle', haystack: '😀x😀', needle: '😀', indexes: [0, 2] },
    { description: 'Chinese', haystack: '中国人民，中国', needle: '中国', indexes: [0, 5] },
  ])('$description', ({ haystack, needle, indexes }) => {
    expect(indexesOf(haystack, needle)).toEqual(indexes);
  });
});
