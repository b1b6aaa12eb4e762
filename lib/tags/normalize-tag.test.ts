import { describe, expect, it } from 'vitest';
import { MAX_TAG_LENGTH, normalizeTags } from './normalize-tag';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('normalizeTags: the too-long message', () => {
  it('quotes the tag cut by code point, never leaving half of a character outside the BMP', () => {
    // 19 letters then 𠮷: a cut at 20 UTF-16 units would keep only its first half.
    const result = normalizeTags([`${'a'.repeat(19)}𠮷${'b'.repeat(MAX_TAG_LENGTH)}`]);
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toMatch(/is longer than/);
    expect(error).not.toMatch(LONE_SURROGATE);
    expect(error).toContain(`${'a'.repeat(19)}𠮷…`);
  });
});
