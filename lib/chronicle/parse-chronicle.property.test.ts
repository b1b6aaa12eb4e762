// Property tests of parseChronicle (fast-check, 500 runs per property): it never throws, every
// error names a line inside the input, and generated chronicles (date headings, ◆ entries, blank
// lines, LF or CRLF) parse back to the same dated entries with stable ids and source lines.
// A failure prints the shrunk input; keep it as a baseline in fixtures/ (see its README).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChronicle } from './parse-chronicle';

const RUNS = { numRuns: 500 };

/** Lines of `raw` as the parser counts them (CRLF, CR and LF each end a line). */
const lineCount = (raw: string) => raw.split(/\r\n|\r|\n/).length;

/** Text made of pieces that break parsers: headings that are not dates, bullets, page marks, BOMs. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\uFEFF', '　', '◆', '●', '•', '■', '(上接7版)', '- 3 -', '2020年'),
      fc.constantFrom('3月8日', '2月30日', '13月1日', '0月0日', '3 月 8 日', '2021年2月29日', '3月8日（星期日）', '99999年1月1日', '\uDC00'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('parseChronicle on arbitrary input', () => {
  it('never throws and reports every error on a line of the input', () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }), (raw, year) => {
        const result = parseChronicle(raw, { year });
        if (result.ok) {
          for (const entry of result.value.entries) expect(entry.line).toBeLessThanOrEqual(lineCount(raw));
          return;
        }
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

  it('never throws on huge lines and reads CRLF like LF', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.integer({ min: 1000, max: 20000 }), (piece, times) => {
        const huge = `3月8日\r\n◆${piece.repeat(times)}\r\n◆${piece}\r\n`;
        const crlf = parseChronicle(huge, { year: 2020 });
        const lf = parseChronicle(huge.replace(/\r\n/g, '\n'), { year: 2020 });
        expect(JSON.stringify(crlf)).toBe(JSON.stringify(lf));
      }),
      RUNS,
    );
  });
});

// ---- Valid chronicles --------------------------------------------------------------------

const ACTORS = ['国家卫生健康委', '外交部发言人', '国务院新闻办公室', '中国红十字会', '世界卫生组织', '国家移民管理局'];
const ACTS = ['发布', '举行', '通报', '召开', '宣布', '提供', '介绍', '部署'];
const OBJECTS = ['疫情防控指南', '新闻发布会', '国际合作情况', '视频研讨会', '医疗物资', '防控知识培训', '援助计划'];

/** An entry as the corpus writes them: actor, act, object, ending in 。 */
const entryText = fc
  .tuple(fc.constantFrom(...ACTORS), fc.constantFrom(...ACTS), fc.array(fc.constantFrom(...OBJECTS), { minLength: 1, maxLength: 3 }))
  .map(([actor, act, objects]) => `${actor}${act}${objects.join('和')}。`);

const DAYS_IN_2020 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const day = fc.integer({ min: 1, max: 12 }).chain((month) => fc.integer({ min: 1, max: DAYS_IN_2020[month - 1]! }).map((d) => ({ month, day: d })));

const chronicle = fc.uniqueArray(
  fc.record({ date: day, entries: fc.uniqueArray(entryText, { minLength: 1, maxLength: 4 }), headingStyle: fc.constantFrom('short', 'long', 'spaced') }),
  { minLength: 1, maxLength: 10, selector: (d) => `${d.date.month}-${d.date.day}` },
);

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes the days as a chronicle and says which entries the parser should read back. */
function writeChronicle(days: { date: { month: number; day: number }; entries: string[]; headingStyle: string }[], newline: string, bullet: string) {
  const lines: string[] = [];
  const expected: { id: string; date: string; text: string; position: number; line: number }[] = [];
  for (const { date, entries, headingStyle } of days) {
    const heading = headingStyle === 'long' ? `2020年${date.month}月${date.day}日` : headingStyle === 'spaced' ? `${date.month} 月 ${date.day} 日` : `${date.month}月${date.day}日`;
    lines.push(heading);
    const iso = `2020-${pad(date.month)}-${pad(date.day)}`;
    entries.forEach((text, i) => {
      lines.push(`${bullet}${text}`);
      expected.push({ id: `${iso}-${i + 1}`, date: iso, text, position: expected.length + 1, line: lines.length });
      lines.push('');
    });
  }
  return { raw: lines.join(newline), expected };
}

describe('parseChronicle on valid chronicles', () => {
  it('reads back every entry: date, text, id, position and source line', () => {
    fc.assert(
      fc.property(chronicle, fc.constantFrom('\n', '\r\n'), fc.constantFrom('◆', '● ', '• ', '■'), (days, newline, bullet) => {
        const { raw, expected } = writeChronicle(days, newline, bullet);
        const result = parseChronicle(raw, { year: 2020 });
        if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.errors)}\n${raw}`);
        expect(result.value.entries).toEqual(expected);
        expect(result.value.dropped).toEqual([]);
      }),
      RUNS,
    );
  });

  it('drops a repeated entry of the same day and keeps the first, without renumbering the others', () => {
    fc.assert(
      fc.property(chronicle, fc.nat(), (days, pick) => {
        const { raw, expected } = writeChronicle(days, '\n', '◆');
        const target = expected[pick % expected.length]!;
        const lines = raw.split('\n');
        lines.splice(target.line, 0, `◆${target.text}`); // right after the original
        const result = parseChronicle(lines.join('\n'), { year: 2020 });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.value.entries.map((e) => e.id)).toEqual(expected.map((e) => e.id));
        expect(result.value.dropped).toEqual([{ line: target.line + 1, reason: `duplicate of the entry on line ${target.line}`, text: target.text }]);
      }),
      RUNS,
    );
  });
});
