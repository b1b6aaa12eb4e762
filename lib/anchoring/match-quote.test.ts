import { describe, expect, it } from 'vitest';
import { matchQuote, type QuoteSelector } from './match-quote';

const TEXT =
  '感谢主持人。关于中美关系，我们的立场是一贯的、明确的。' +
  '我们希望双方相向而行，推动中美关系健康稳定发展。' +
  '关于台湾问题，我们的立场是一贯的、明确的，台湾是中国领土不可分割的一部分。';

/** Code-point offset of the `nth` occurrence of `needle` in TEXT (TEXT is all BMP). */
function at(needle: string, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = TEXT.indexOf(needle, index + 1);
  return index;
}

describe('matchQuote', () => {
  const repeated = '我们的立场是一贯的、明确的';
  it.each<{ description: string; text?: string; quote: QuoteSelector; hint?: number; start: number | null; minScore?: number }>([
    {
      description: 'exact quote at the hint scores 1',
      quote: { exact: '推动中美关系健康稳定发展', prefix: '双方相向而行，', suffix: '。关于台湾问题' },
      hint: at('推动中美关系'),
      start: at('推动中美关系'),
      minScore: 1,
    },
    {
      description: 'exact quote away from the hint (text shifted) is still found',
      quote: { exact: '推动中美关系健康稳定发展', prefix: '双方相向而行，', suffix: '。关于台湾问题' },
      hint: 3,
      start: at('推动中美关系'),
      minScore: 0.95,
    },
    {
      description: 'repeated quote: the prefix picks the second occurrence',
      quote: { exact: repeated, prefix: '关于台湾问题，' },
      start: at(repeated, 1),
      minScore: 0.9,
    },
    {
      description: 'repeated quote: the suffix picks the first occurrence',
      quote: { exact: repeated, suffix: '。我们希望' },
      start: at(repeated, 0),
      minScore: 0.9,
    },
    {
      description: 'repeated quote without context: nearest to the hint',
      quote: { exact: repeated },
      hint: at(repeated, 1) - 5,
      start: at(repeated, 1),
    },
    {
      description: 'edited quote (1 substitution in 21 code points)',
      text: TEXT.replace('台湾是中国领土', '台湾是中华领土'),
      quote: { exact: '台湾是中国领土不可分割的一部分。', prefix: '一贯的、明确的，', suffix: '' },
      start: at('台湾是中国领土'),
      minScore: 0.9,
    },
    {
      description: 'edited quote with an inserted character',
      text: TEXT.replace('健康稳定发展', '健康、稳定发展'),
      quote: { exact: '我们希望双方相向而行，推动中美关系健康稳定发展', prefix: '明确的。', suffix: '。关于' },
      start: at('我们希望'),
      minScore: 0.9,
    },
    {
      description: 'too many edits (over 10%) is missing',
      text: TEXT.replace('健康稳定发展', '长期向好发展'),
      quote: { exact: '推动中美关系健康稳定发展' },
      start: null,
    },
    {
      description: 'short quote must match exactly',
      quote: { exact: '中俄关系' },
      start: null,
    },
    {
      description: 'missing quote',
      quote: { exact: '新冠肺炎疫情防控', prefix: '关于', suffix: '，' },
      start: null,
    },
    {
      description: 'empty quote',
      quote: { exact: '' },
      start: null,
    },
    {
      description: 'astral characters: offsets in code points',
      text: '𠮷😀前言。吉野家的牛肉饭很好吃。',
      quote: { exact: '吉野家的牛肉饭', prefix: '。', suffix: '很' },
      start: 5,
      minScore: 1,
    },
  ])('$description', ({ text = TEXT, quote, hint, start, minScore = 0 }) => {
    const match = matchQuote(text, quote, hint === undefined ? {} : { hint });
    if (start === null) {
      expect(match).toBeNull();
      return;
    }
    expect(match).not.toBeNull();
    expect(match?.start).toBe(start);
    expect(match?.score).toBeGreaterThanOrEqual(minScore);
    expect(match?.score).toBeLessThanOrEqual(1);
  });

  it('ends the match after the edited quote, not the original length', () => {
    const text = TEXT.replace('健康稳定发展', '健康、稳定发展');
    const match = matchQuote(text, { exact: '我们希望双方相向而行，推动中美关系健康稳定发展' });
    expect(text.slice(match?.start, match?.end)).toBe('我们希望双方相向而行，推动中美关系健康、稳定发展');
  });
});
