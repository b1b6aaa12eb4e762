/**
 * Never guess: text that is not a transcript, or that the parser could only read in part, is
 * refused with the line that shows why. Rows are fixtures in fixtures/refuse (see the README)
 * or inline text; `first` is the first error as `line N: message` (a prefix is enough), `lines`
 * the lines every error points at.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';

const read = (name: string) => readFileSync(new URL(`./fixtures/refuse/${name}`, import.meta.url), 'utf8');
const NO_TURNS = 'line 1: no speaker turns found: expected speaker lines such as "姓名:" or "【姓名】"';
const ANSWERS = Array.from({ length: 3 }, (_, i) => `问：第${i + 1}个问题是什么？\n答：这是第${i + 1}个回答，内容完整。`).join('\n');

describe('refused inputs', () => {
  it.each([
    { description: 'a news article (a byline with a colon is no speaker)', raw: read('news-article.txt'), first: 'line 7: only one speaker turn found ("记者")' },
    { description: 'a list of links after a colon line', raw: read('links-list.txt'), first: 'line 3: only one speaker turn found ("更多报道")' },
    { description: 'a chronicle: day-by-day entries are not speakers', raw: read('chronicle.txt'), first: NO_TURNS },
    { description: 'an English essay with "Consider this:" and "Note:"', raw: read('english-essay.txt'), first: NO_TURNS },
    { description: 'a table of figures', raw: read('table-of-figures.txt'), first: NO_TURNS },
    { description: 'a letter whose only "speaker" is a salutation', raw: read('salutation-letter.txt'), first: NO_TURNS },
    { description: 'a speech: one speaker, one turn', raw: read('speech.txt'), first: 'line 2: only one speaker turn found ("郑明远")' },
    {
      description: 'an article around one question and answer: most of the text is in no turn',
      raw: read('qa-inside-article.txt'),
      first: 'line 3: only 46% of the text is in speaker turns (90% needed under layout question-answer)',
      lines: [3, 3, 4],
    },
    {
      description: 'one speaker taking every turn',
      raw: '王五：第一段。\n王五：第二段。\n王五：第三段。',
      first: 'line 1: every turn is by "王五": a transcript has at least two speakers',
    },
    {
      description: 'English questions with no answers',
      raw: 'Q: What is the plan?\nQ: When will it start?\nQ: Who pays?',
      first: 'line 1: every turn is by "Q": a transcript has at least two speakers',
    },
    {
      description: 'a short exchange followed by a list of links: the links are no answer',
      raw: `记者：请问进展如何？\n答：进展顺利。\n相关新闻一\n相关新闻二\n相关新闻三\n相关新闻四\n网站地图`,
      first: 'line 3: only 41% of the text is in speaker turns',
    },
    {
      description: 'prose paragraphs between the header and the first question, with no spokesperson to own them',
      raw: `关于某事的问答\n${'这是一段很长的背景介绍文字，说明了事件的来龙去脉，但没有说明是谁说的。'.repeat(3)}\n${ANSWERS}`,
      first: 'line 2: only',
    },
    { description: 'random punctuation', raw: '：：：\n【】\n[]：\n***', first: NO_TURNS },
    { description: 'NUL bytes (binary data)', raw: `胡凯红：\n女士们\u0000\u0001`, first: 'line 2: NUL byte: this is binary data, not a text transcript' },
    {
      description: 'text read in the wrong encoding (replacement characters)',
      raw: `问：${'\ufffd'.repeat(20)}\n答：${'\ufffd'.repeat(20)}`,
      first: 'line 1: 89% of the characters are control or replacement characters',
    },
  ])('$description', ({ raw, first, lines }) => {
    const result = parseTranscript(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(`line ${result.errors[0]?.line}: ${result.errors[0]?.message}`.startsWith(first), JSON.stringify(result.errors)).toBe(true);
    if (lines) expect(result.errors.slice(0, lines.length).map((e) => e.line)).toEqual(lines);
  });
});

describe('inputs too large to read', () => {
  it('refuses more than 10,000,000 characters with a clear message', () => {
    const result = parseTranscript('问：'.padEnd(10_000_001, '啊'));
    expect(result).toEqual({ ok: false, errors: [{ line: 1, message: 'input too large: 10,000,001 characters, the limit is 10,000,000' }] });
  });

  it('refuses a line longer than 200,000 characters, naming the line', () => {
    const result = parseTranscript(`问：你好？\n答：${'好'.repeat(200_001)}`);
    expect(result).toEqual({ ok: false, errors: [{ line: 2, message: 'line too long: 200,003 characters, longer than any paragraph of a transcript (limit 200,000)' }] });
  });

  it.each([30_000_000, 50_000_000])('a single line of %i characters is refused, not a RangeError', (size) => {
    const result = parseTranscript('胡凯红:\n'.padEnd(size, 'a'));
    expect(result.ok).toBe(false);
  });
});
