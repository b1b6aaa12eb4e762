// Fuzz and consistency properties of parseTranscript (fast-check, bounded runs so the suite
// stays fast): random bytes decoded every which way never throw and never put a NUL in a title
// or turn; a transcript with its turns shuffled, truncated, or with noise lines added is parsed
// consistently — the same turns, a prefix of them, or the noise inside a turn (or the opening) — or refused,
// never half-right. A failure prints the shrunk input to add as a fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';

const RUNS = { numRuns: 200 };

const decodings = (bytes: Uint8Array) => [
  new TextDecoder('utf-8').decode(bytes),
  new TextDecoder('utf-16le').decode(bytes),
  new TextDecoder('utf-16be').decode(bytes),
  new TextDecoder('latin1').decode(bytes),
];

describe('parseTranscript on random bytes', () => {
  it('never throws, and no NUL reaches a title, speaker or turn', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        for (const raw of decodings(bytes)) {
          const result = parseTranscript(raw);
          if (!result.ok) continue;
          const { title, speakers, turns } = result.value;
          expect(JSON.stringify({ title, speakers, turns })).not.toMatch(/\\u0000/);
        }
      }),
      RUNS,
    );
  });

  it('reads a UTF-16 decoding of a transcript like the text itself', () => {
    const text = '问：你好吗？\n答：很好，谢谢。\n问：还有问题吗？\n答：没有了。';
    const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(parseTranscript(new TextDecoder('utf-16le').decode(bytes))).toEqual(parseTranscript(text));
  });
});

// ---- Consistency under shuffling, truncation and noise -----------------------------------

const QUESTIONS = ['请问合作进展如何？', '下一步有什么安排？', '能否介绍具体数字？', '这项政策何时出台？'];
const ANSWERS = ['合作进展顺利，成果丰硕。', '我们将继续推进有关工作。', '具体数字将适时发布。', '政策正在研究制定之中。'];
const NOISE = ['点击查看更多', '今天天气很好，我们去公园散步。', '相关链接', '（图片来源：网络）', 'Lorem ipsum dolor sit amet.'];

/** Turns of a `记者：` / `答：` transcript (a journalist asks, the spokesperson answers). */
const exchangeList = fc.array(fc.tuple(fc.constantFrom(...QUESTIONS), fc.constantFrom(...ANSWERS)), { minLength: 2, maxLength: 10 });
const header = '2023年5月12日外交部发言人林海声主持例行记者会';
const write = (turns: [string, string][]) => [header, ...turns.map(([label, text]) => `${label}：${text}`)].join('\n');
const toTurns = (pairs: [string, string][]) => pairs.flatMap(([q, a]): [string, string][] => [['问', q], ['答', a]]);
const readBack = (raw: string) => {
  const result = parseTranscript(raw);
  return result.ok ? result.value.turns.map((t) => `${t.speaker}|${t.text}`) : null;
};
const expected = (turns: [string, string][]) => turns.map(([label, text]) => `${label === '答' ? '林海声' : label}|${text}`);

describe('consistency: never half-right', () => {
  it('reads every turn of a well-formed transcript', () => {
    fc.assert(
      fc.property(exchangeList, (pairs) => {
        expect(readBack(write(toTurns(pairs)))).toEqual(expected(toTurns(pairs)));
      }),
      RUNS,
    );
  });

  it('turns shuffled: the same turns in the new order, or a refusal', () => {
    fc.assert(
      fc.property(exchangeList.chain((pairs) => fc.shuffledSubarray(toTurns(pairs), { minLength: 2 * pairs.length })), (turns) => {
        const got = readBack(write(turns));
        if (got) expect(got).toEqual(expected(turns));
      }),
      RUNS,
    );
  });

  it('truncated at any line: a prefix of the turns, or a refusal', () => {
    fc.assert(
      fc.property(exchangeList, fc.nat(), (pairs, cut) => {
        const turns = toTurns(pairs);
        const lines = write(turns).split('\n');
        const kept = lines.slice(0, 1 + (cut % lines.length));
        const got = readBack(kept.join('\n'));
        if (got) expect(got).toEqual(expected(turns).slice(0, got.length));
        if (got) expect(got.length).toBe(kept.length - 1);
      }),
      RUNS,
    );
  });

  it('noise lines added: every turn keeps its speaker and text (noise appended), or a refusal', () => {
    fc.assert(
      fc.property(exchangeList, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 4 }), (pairs, noise) => {
        const turns = toTurns(pairs);
        const lines = write(turns).split('\n');
        for (const [at, text] of noise) lines.splice(1 + (at % lines.length), 0, text);
        const got = readBack(lines.join('\n'));
        if (!got) return;
        const want = expected(turns);
        // Noise before the first question is the spokesperson's opening (unlabelled paragraphs are theirs).
        const rest = got.length === want.length + 1 && got[0]?.startsWith('林海声|') ? got.slice(1) : got;
        expect(rest).toHaveLength(want.length);
        rest.forEach((turn, i) => expect(turn.startsWith(want[i] ?? '')).toBe(true));
      }),
      RUNS,
    );
  });
});
