// Tokens and sentences of the coverage matcher. To add a case, add a row: the description says
// which writing difference must (or must not) compare equal.
import { describe, expect, it } from 'vitest';
import { toSimplified } from './hanzi';
import { sentenceSpans } from './sentences';
import { tokenFeatures, tokenize } from './tokens';

const keys = (text: string) => tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.key);

describe('tokenize: equal keys mean the same words', () => {
  it.each([
    { description: 'a Chinese numeral equals its digits', a: '八十九个国家', b: '89个国家', equal: true },
    { description: 'an ordinal in words equals one in digits', a: '第五批', b: '第5批', equal: true },
    { description: 'four batches are not five', a: '4批', b: '五批', equal: false },
    { description: 'an ordinal is not a count', a: '第5批', b: '5批', equal: false },
    { description: 'Traditional folds to Simplified', a: '國際組織', b: '国际组织', equal: true },
    { description: 'full-width digits and letters equal ASCII', a: 'Ｇ２０峰会', b: 'G20峰会', equal: true },
    { description: 'Latin words ignore case', a: 'WHO框架', b: 'who框架', equal: true },
    { description: 'punctuation never counts', a: '共同面对，共同研究', b: '共同面对、共同研究', equal: true },
    { description: 'different words differ', a: '疫情暴发', b: '疫情发生', equal: false },
  ])('$description: $a / $b', ({ a, b, equal }) => {
    expect(keys(a).join(' ') === keys(b).join(' ')).toBe(equal);
  });

  it('keeps offsets into the original text, so segments rebuild it exactly', () => {
    const text = '目前已分4批组织实施对89个国家和4个國際组织的援助。';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
    expect(tokens.find((t) => t.kind === 'number' && t.text === '89个国家')?.key).toBe('n:89国');
  });

  it('features are neighbouring pairs within a clause plus every number', () => {
    expect([...tokenFeatures(tokenize('分4批，援助'))].sort()).toEqual(['n:4批', '分|n:4批', '援|助'].sort());
  });
});

describe('toSimplified', () => {
  it.each([
    { description: 'common characters', text: '一帶一路沿線國家', expected: '一带一路沿线国家' },
    { description: 'Simplified text is unchanged', text: '一带一路沿线国家', expected: '一带一路沿线国家' },
    { description: 'length in code points is kept', text: '萬水千山𠀀', expected: '万水千山𠀀' },
  ])('$description', ({ text, expected }) => {
    expect(toSimplified(text)).toBe(expected);
  });
});

describe('sentenceSpans', () => {
  it.each([
    { description: 'full stops and semicolons end sentences', text: '第一句。第二句；第三句', expected: ['第一句。', '第二句；', '第三句'] },
    { description: 'a closing quote stays with its sentence', text: '“我们愿意。”他说。', expected: ['“我们愿意。”', '他说。'] },
    { description: 'an ellipsis ends a sentence', text: '现正在制订方案……3月26日,在国新办', expected: ['现正在制订方案……', '3月26日,在国新办'] },
    { description: 'line breaks end sentences, blank ones are dropped', text: '谢谢主持人\n\n大家好', expected: ['谢谢主持人', '大家好'] },
    { description: 'ASCII punctuation counts too', text: 'First one! Second?', expected: ['First one!', 'Second?'] },
  ])('$description', ({ text, expected }) => {
    const spans = sentenceSpans(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
