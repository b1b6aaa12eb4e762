import { describe, expect, it } from 'vitest';
import { codePointSlice } from '@/lib/anchoring/code-points';
import { sentenceSpans } from './sentences';

// Each row: a turn text and the sentences expected, as text.
const cases: { description: string; text: string; expected: string[] }[] = [
  { description: 'Chinese full stops and question marks', text: '谢谢主持人。请问罗部长？好的！', expected: ['谢谢主持人。', '请问罗部长？', '好的！'] },
  { description: 'a closing quote stays with its sentence', text: '他说：“我们会支持。”然后离开。', expected: ['他说：“我们会支持。”', '然后离开。'] },
  { description: 'a paragraph break ends a sentence without punctuation', text: '第一段没有句号\n第二段。', expected: ['第一段没有句号', '第二段。'] },
  { description: 'spaces around sentences are left out', text: '  One. Two!  ', expected: ['One. Two!'] },
  { description: 'semicolons end sentences too', text: '一是援助；二是合作。', expected: ['一是援助；', '二是合作。'] },
];

describe('sentenceSpans', () => {
  it.each(cases)('$description', ({ text, expected }) => {
    expect(sentenceSpans(text).map(({ start, end }) => codePointSlice(text, start, end))).toEqual(expected);
  });

  it('counts code points: a sentence after 𠮷 starts one character later, not two', () => {
    expect(sentenceSpans('𠮷。好。')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});
