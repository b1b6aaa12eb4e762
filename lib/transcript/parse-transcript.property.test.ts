// Property tests of parseTranscript (fast-check, 500 runs per property): it never throws, every
// error names a line inside the input, and generated transcripts in the seed's layout (header,
// marker, then per turn a `label:` line, paragraphs and a `YYYY-MM-DD HH:MM:SS` line) parse back
// to the same speakers, texts and times. A failure prints the shrunk input to add as a fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';

const RUNS = { numRuns: 500 };

/** Lines of `raw` as the parser counts them (CRLF, CR and LF each end a line). */
const lineCount = (raw: string) => raw.split(/\r\n|\r|\n/).length;

/** Text made of pieces that break parsers: line ends of every kind, colons, brackets, stamps, BOMs. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\uFEFF', '　', ':', '：', '【', '】', '[', ']', '记者', '以下为文字实录：'),
      fc.constantFrom('2020-03-26 10:01:21', '10:01', '[10:01]', '25:61:99', '2020-02-30 10:00:00', '胡凯红:', '【罗照辉】', '\uD800'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('parseTranscript on arbitrary input', () => {
  it('never throws and reports every error on a line of the input', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const result = parseTranscript(raw);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(Number.isInteger(error.line)).toBe(true);
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lineCount(raw));
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('never throws on huge lines and CRLF files, and reads CRLF like LF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.integer({ min: 1000, max: 20000 }), (piece, times) => {
        const huge = `胡凯红:\r\n${piece.repeat(times)}\r\n2020-03-26 10:01:21\r\n`;
        const crlf = parseTranscript(huge);
        const lf = parseTranscript(huge.replace(/\r\n/g, '\n'));
        expect(JSON.stringify(crlf)).toBe(JSON.stringify(lf));
      }),
      { numRuns: 500 },
    );
  });
});

// ---- Valid transcripts -------------------------------------------------------------------

const LABELS = ['胡凯红', '罗照辉', '徐南平', '曾益新', '邓波清', '中央广播电视总台央视记者', '彭博社记者', 'CGTN记者', '香港中评社记者'];
const WORDS = ['我们', '国际', '合作', '疫情', '防控', '发展', '支持', '各国', '经验', '援助', '医疗', '专家', 'G20', '2020年', '第三', '共同'];
const PUNCT = ['，', '、', '；'];

/** A sentence as the corpus writes them: words with inner punctuation, ending in 。！ or ？. */
const sentence = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.option(fc.constantFrom(...PUNCT), { nil: '' })), { minLength: 3, maxLength: 12 }), fc.constantFrom('。', '！', '？'))
  .map(([words, end]) => words.map(([w, p]) => w + p).join('').replace(/[，、；]$/, '') + end);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));

const turn = fc.record({ label: fc.constantFrom(...LABELS), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }), gapSeconds: fc.integer({ min: 1, max: 900 }) });

const HEADER = [
  '【财新网】',
  '国务院新闻办公室于2020年3月26日（星期四）上午10时举行新闻发布会，请外交部副部长罗照辉、科技部副部长徐南平、卫生健康委副主任曾益新、国际发展合作署副署长邓波清介绍中国关于抗击疫情的国际合作情况，并答记者问。',
  '以下为文字实录：',
];

const clock = (seconds: number) => [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** Writes turns in the seed's layout and says what the parser should read back. */
function writeTranscript(turns: { label: string; paragraphs: string[]; gapSeconds: number }[], newline: string, indent: string) {
  let seconds = 10 * 3600 + 60;
  const lines = [...HEADER];
  const expected = turns.map(({ label, paragraphs, gapSeconds }) => {
    seconds += gapSeconds;
    lines.push(`${indent}${label}:`, ...paragraphs.map((p) => indent + p), `2020-03-26 ${clock(seconds)}`);
    return { speaker: label, text: paragraphs.join('\n'), postedAt: `2020-03-26T${clock(seconds)}+08:00` };
  });
  return { raw: lines.join(newline) + newline, expected };
}

describe('parseTranscript on valid transcripts', () => {
  it('reads back every turn: speaker, paragraphs and time, with LF or CRLF and full-width indents', () => {
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '　　'), (turns, newline, indent) => {
        const { raw, expected } = writeTranscript(turns, newline, indent);
        const result = parseTranscript(raw);
        if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.errors)}\n${raw}`);
        expect(result.value.turns.map(({ speaker, text, postedAt }) => ({ speaker, text, postedAt }))).toEqual(expected);
        expect(result.value.turns.map((t) => t.index)).toEqual(expected.map((_, i) => i + 1));
        expect(new Set(result.value.speakers.map((s) => s.label))).toEqual(new Set(turns.map((t) => t.label)));
      }),
      RUNS,
    );
  });

  it('points each turn at its speaker line', () => {
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 8 }), (turns) => {
        const { raw } = writeTranscript(turns, '\n', '');
        const result = parseTranscript(raw);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const lines = raw.split('\n');
        for (const t of result.value.turns) expect(lines[t.line - 1]).toBe(`${t.speaker}:`);
      }),
      RUNS,
    );
  });
});
