import { describe, expect, it } from 'vitest';
import type { MessageKey, MessageValues } from './dictionary';
import type { Locale } from './locale';
import { en } from './messages-en';
import { zh } from './messages-zh';
import { createTranslator } from './translate';

describe('createTranslator', () => {
  it.each<{ description: string; locale: Locale; key: MessageKey; values: MessageValues; expected: string }>([
    { description: 'Chinese placeholder', locale: 'zh', key: 'turnCount', values: { n: 43 }, expected: '43 段发言' },
    { description: 'English plural other', locale: 'en', key: 'turnCount', values: { n: 43 }, expected: '43 turns' },
    { description: 'English plural one', locale: 'en', key: 'turnCount', values: { n: 1 }, expected: '1 turn' },
    {
      description: 'several placeholders',
      locale: 'en',
      key: 'filterStatus',
      values: { shown: 9, total: 43 },
      expected: 'Showing 9 of 43 turns',
    },
    { description: 'missing value stays visible', locale: 'en', key: 'turnLabel', values: {}, expected: 'Turn {n}' },
  ])('$description', ({ locale, key, values, expected }) => {
    expect(createTranslator(locale)(key, values)).toBe(expected);
  });

  it('uses the same placeholders in both languages', () => {
    const names = (m: string | { one: string; other: string }) =>
      [...(typeof m === 'string' ? m : m.other).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(names(en[key]), key).toEqual(names(zh[key]));
  });
});
