// Tag normalisation as a table: each row is what a reader typed and the key it files under.
import { describe, expect, it } from 'vitest';
import { MAX_TAG_LENGTH, MAX_TAGS, normalizeTag, normalizeTags } from '@/lib/tags/normalize-tag';

describe('normalizeTag', () => {
  const rows = [
    { typed: ' COVID ', key: 'covid' },
    { typed: 'ｃｏｖｉｄ', key: 'covid' },
    { typed: 'Covid', key: 'covid' },
    { typed: 'ＣＯＶＩＤ－１９', key: 'covid-19' },
    { typed: 'public\t \n health', key: 'public health' },
    { typed: '\u3000疫情\u3000', key: '疫情' },
    { typed: 'Ⅻ', key: 'xii' },
    { typed: 'co\u0000vid\u200b', key: 'covid' },
  ];
  it.each(rows)('$typed → $key', ({ typed, key }) => expect(normalizeTag(typed)).toBe(key));
});

describe('normalizeTags', () => {
  it('merges spellings of one tag, keeps the first spelling and drops empty ones', () => {
    expect(normalizeTags([' COVID ', 'ｃｏｖｉｄ', 'Covid', '  ', 'WHO'])).toEqual({
      ok: true,
      tags: [
        { name: 'COVID', normalized: 'covid' },
        { name: 'WHO', normalized: 'who' },
      ],
    });
  });

  it(`refuses a tag over ${MAX_TAG_LENGTH} characters, counting code points`, () => {
    expect(normalizeTags(['𠮷'.repeat(MAX_TAG_LENGTH)]).ok).toBe(true);
    expect(normalizeTags(['𠮷'.repeat(MAX_TAG_LENGTH + 1)]).ok).toBe(false);
  });

  it(`refuses more than ${MAX_TAGS} distinct tags`, () => {
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`);
    expect(normalizeTags(many.slice(0, MAX_TAGS)).ok).toBe(true);
    expect(normalizeTags(many).ok).toBe(false);
    expect(normalizeTags([...many.slice(0, MAX_TAGS), 'T0']).ok).toBe(true);
  });
});
