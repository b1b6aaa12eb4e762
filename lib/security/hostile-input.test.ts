import { describe, expect, it } from 'vitest';
import { hasUnstorableText } from '@/lib/validation/safe-text';
import { findHostileInput } from './hostile-input';

describe('findHostileInput', () => {
  it.each([
    ['a plain page', '/transcripts/scio-2020?speaker=%E8%83%A1&turn=3#x', null],
    ['Chinese in the path', '/search?q=%E7%96%AB%E6%83%85+%E5%90%88%E4%BD%9C', null],
    ['an astral character (a valid surrogate pair)', '/search?q=%F0%A0%AE%B7', null],
    ['an encoded NUL in the path', '/transcripts/%00', 'the path is not valid text'],
    ['an encoded surrogate in the path', '/transcripts/%ED%A0%80', 'the path is not valid text'],
    ['a broken escape in the path', '/transcripts/%E4%B8', 'the path is not valid text'],
    ['an encoded NUL in a value', '/search?q=a%00b', 'a query parameter is not valid text'],
    ['an encoded NUL in a name', '/search?q%00=1', 'a query parameter is not valid text'],
    ['a lone surrogate in a value', '/api/annotations?transcript=%ED%B0%80', 'a query parameter is not valid text'],
    ['a value of 10,000 characters', `/search?q=${'a'.repeat(10_000)}`, 'a query parameter is too long'],
    ['a path of 3,000 characters', `/${'a'.repeat(3000)}`, 'the path is too long'],
    ['path traversal (harmless text, left to the route)', '/transcripts/..%2F..%2Fetc%2Fpasswd', null],
  ])('%s', (_label, target, expected) => {
    expect(findHostileInput(target)).toBe(expected);
  });
});

describe('hasUnstorableText', () => {
  it.each([
    ['plain text', '疫情 covid', false],
    ['a surrogate pair', '𠮷', false],
    ['NUL', 'a\u0000b', true],
    ['a lone high surrogate', 'a\uD842', true],
    ['a lone low surrogate', '\uDFB7b', true],
  ])('%s', (_label, text, expected) => {
    expect(hasUnstorableText(text)).toBe(expected);
  });
});
