import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    [null, 'zh'],
    ['', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-Hant-HK', 'zh'],
    ['fr-FR,fr;q=0.9,en;q=0.5,zh;q=0.4', 'en'],
    ['de, ja', 'zh'],
    ['en;q=0, zh;q=0.1', 'zh'],
    ['en;q=0.3, zh;q=0.3', 'en'],
    ['EN-gb', 'en'],
    ['*', 'zh'],
    ['en;q=abc, zh;q=0.2', 'zh'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
