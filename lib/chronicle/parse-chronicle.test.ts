import { describe, expect, it } from 'vitest';
import type { ParseError } from '@/lib/parse-result';
import { parseChronicle } from './parse-chronicle';
import type { ParsedChronicle } from './types';

function parseOk(raw: string, options: { year?: number; fileName?: string } = { year: 2020 }): ParsedChronicle {
  const result = parseChronicle(raw, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const brief = (raw: string) => parseOk(raw).entries.map(({ id, date, text }) => ({ id, date, text }));

describe('parseChronicle: entries', () => {
  it.each([
    {
      description: 'headings date the entries after them',
      raw: '3月8日\n◆a。\n\n◆b。\n3月9日\n◆c。',
      expected: [
        { id: '2020-03-08-1', date: '2020-03-08', text: 'a。' },
        { id: '2020-03-08-2', date: '2020-03-08', text: 'b。' },
        { id: '2020-03-09-1', date: '2020-03-09', text: 'c。' },
      ],
    },
    {
      description: 'entries before any heading are undated',
      raw: '(上接7版)\n◆a。\n◆b。\n3月8日\n◆c。',
      expected: [
        { id: 'undated-1', date: null, text: 'a。' },
        { id: 'undated-2', date: null, text: 'b。' },
        { id: '2020-03-08-1', date: '2020-03-08', text: 'c。' },
      ],
    },
    {
      description: 'out-of-order days keep document order',
      raw: '3月27日\n◆a。\n3月25日\n◆b。',
      expected: [
        { id: '2020-03-27-1', date: '2020-03-27', text: 'a。' },
        { id: '2020-03-25-1', date: '2020-03-25', text: 'b。' },
      ],
    },
    {
      description: 'a day that comes back continues its numbering',
      raw: '3月25日\n◆a。\n3月26日\n◆b。\n3月25日\n◆c。',
      expected: [
        { id: '2020-03-25-1', date: '2020-03-25', text: 'a。' },
        { id: '2020-03-26-1', date: '2020-03-26', text: 'b。' },
        { id: '2020-03-25-2', date: '2020-03-25', text: 'c。' },
      ],
    },
    {
      description: 'an entry cut by a blank line is joined without a space',
      raw: '3月12日\n◆中国本轮疫情流行高峰已\n\n经过去,新增发病例数在持续下降。',
      expected: [{ id: '2020-03-12-1', date: '2020-03-12', text: '中国本轮疫情流行高峰已经过去,新增发病例数在持续下降。' }],
    },
    {
      description: 'an entry cut after a comma is joined',
      raw: '3月17日\n◆习近平指出,\n\n当前,疫情正在全球多点暴发。',
      expected: [{ id: '2020-03-17-1', date: '2020-03-17', text: '习近平指出,当前,疫情正在全球多点暴发。' }],
    },
    {
      description: 'an entry cut by a page break joins across the page furniture',
      raw: '纪实\n3月27日\n◆同世界卫生组织深化交\n（下转8版）\n7\n纪实\n(上接7版)\n流合作。',
      expected: [{ id: '2020-03-27-1', date: '2020-03-27', text: '同世界卫生组织深化交流合作。' }],
    },
    {
      description: 'a bullet alone on its line takes the next line as its text',
      raw: '3月8日\n◆\n国务院召开会议。',
      expected: [{ id: '2020-03-08-1', date: '2020-03-08', text: '国务院召开会议。' }],
    },
    {
      description: 'a further paragraph after a complete entry joins that entry',
      raw: '3月8日\n◆中方提供援助。\n援助物资包括口罩。',
      expected: [{ id: '2020-03-08-1', date: '2020-03-08', text: '中方提供援助。援助物资包括口罩。' }],
    },
    {
      description: 'a short line is never taken for a repeated fragment',
      raw: '3月8日\n◆习近平强调,合作是关键。\n◆会议召开。\n合作是关键。',
      expected: [
        { id: '2020-03-08-1', date: '2020-03-08', text: '习近平强调,合作是关键。' },
        { id: '2020-03-08-2', date: '2020-03-08', text: '会议召开。合作是关键。' },
      ],
    },
    {
      description: 'exact duplicates on the same day keep the first',
      raw: '3月11日\n◆通报疫情。\n◆通报疫情。\n◆其他。',
      expected: [
        { id: '2020-03-11-1', date: '2020-03-11', text: '通报疫情。' },
        { id: '2020-03-11-2', date: '2020-03-11', text: '其他。' },
      ],
    },
    {
      description: 'the same wording on another day is another event',
      raw: '3月23日\n◆要严防境外输入。\n3月25日\n◆要严防境外输入。',
      expected: [
        { id: '2020-03-23-1', date: '2020-03-23', text: '要严防境外输入。' },
        { id: '2020-03-25-1', date: '2020-03-25', text: '要严防境外输入。' },
      ],
    },
    {
      description: 'a heading with a year sets the year for the headings after it',
      raw: '2019年12月31日\n◆a。\n2020年1月1日\n◆b。\n1月2日\n◆c。',
      expected: [
        { id: '2019-12-31-1', date: '2019-12-31', text: 'a。' },
        { id: '2020-01-01-1', date: '2020-01-01', text: 'b。' },
        { id: '2020-01-02-1', date: '2020-01-02', text: 'c。' },
      ],
    },
  ])('$description', ({ raw, expected }) => {
    expect(brief(raw)).toEqual(expected);
  });
});

describe('parseChronicle: what is dropped and why', () => {
  it.each([
    { description: 'a jump line', raw: '(上接7版)\n◆a。', expected: [{ line: 1, reason: 'page marker', text: '(上接7版)' }] },
    { description: 'the title', raw: '纪实\n◆a。', expected: [{ line: 1, reason: 'document title', text: '纪实' }] },
    { description: 'a page number', raw: '◆a。\n8', expected: [{ line: 2, reason: 'page number', text: '8' }] },
    {
      description: 'a stray fragment repeating the end of an earlier entry',
      raw: '◆钟南山在交流会上说,“早发现”是控制疫情的关键。\n◆零报告。\n\n会上说,“早发现”是控制疫情的关键。',
      expected: [{ line: 4, reason: 'repeats part of the entry on line 1', text: '会上说,“早发现”是控制疫情的关键。' }],
    },
    {
      description: 'a duplicate entry',
      raw: '◆通报疫情。\n\n◆通报疫情。',
      expected: [{ line: 3, reason: 'duplicate of the entry on line 1', text: '通报疫情。' }],
    },
    {
      description: 'text between a heading and its first bullet',
      raw: '3月8日\n本日要闻如下。\n◆a。',
      expected: [{ line: 2, reason: 'text outside any entry', text: '本日要闻如下。' }],
    },
  ])('drops $description', ({ raw, expected }) => {
    expect(parseOk(raw).dropped).toEqual(expected);
  });
});

describe('parseChronicle: positions, lines and ids', () => {
  const raw = '◆a。\n3月8日\n◆b。\n\n◆b。\n◆c。';

  it('numbers kept entries in document order and records their source lines', () => {
    expect(parseOk(raw).entries.map(({ position, line }) => ({ position, line }))).toEqual([
      { position: 1, line: 1 },
      { position: 2, line: 3 },
      { position: 3, line: 6 },
    ]);
  });

  it('gives the same ids on every parse', () => {
    expect(parseOk(raw).entries.map((e) => e.id)).toEqual(parseOk(raw).entries.map((e) => e.id));
  });

  it('keeps the ids of other days when an entry is added to one day', () => {
    const before = parseOk('3月8日\n◆a。\n3月9日\n◆b。\n◆c。').entries;
    const after = parseOk('3月8日\n◆a。\n◆new。\n3月9日\n◆b。\n◆c。').entries;
    const idOf = (entries: typeof before, text: string) => entries.find((e) => e.text === text)?.id;
    for (const text of ['a。', 'b。', 'c。']) expect(idOf(after, text)).toBe(idOf(before, text));
  });
});

describe('parseChronicle: errors', () => {
  it.each<{ description: string; raw: string; options?: { year?: number; fileName?: string }; expected: ParseError[] }>([
    {
      description: 'an empty file',
      raw: '',
      expected: [{ line: 1, message: 'no chronicle entries found: expected date headings like "3月8日" and entries starting with ◆' }],
    },
    {
      description: 'headings but no bullets',
      raw: '3月8日\n国家卫生健康委发布问答手册。',
      expected: [{ line: 1, message: 'no chronicle entries found: expected date headings like "3月8日" and entries starting with ◆' }],
    },
    { description: 'no way to tell the year', raw: '3月8日\n◆a。', options: {}, expected: [{ line: 1, message: 'cannot tell the year: pass --year' }] },
    { description: 'an impossible date', raw: '3月8日\n◆a。\n13月40日\n◆b。', expected: [{ line: 3, message: 'invalid date "13月40日"' }] },
    {
      description: 'every bad heading, each with its line',
      raw: '13月40日\n◆a。\n\n2月30日\n◆b。',
      expected: [
        { line: 1, message: 'invalid date "13月40日"' },
        { line: 4, message: 'invalid date "2月30日" in 2020' },
      ],
    },
    { description: 'a leap day in a common year', raw: '2019年2月29日\n◆a。', options: {}, expected: [{ line: 1, message: 'invalid date "2019年2月29日"' }] },
    { description: 'a year option that is not a whole number', raw: '◆a。', options: { year: 20.5 }, expected: [{ line: 1, message: 'invalid year "20.5": expected a 4-digit year' }] },
  ])('reports $description', ({ raw, options = { year: 2020 }, expected }) => {
    expect(parseChronicle(raw, options)).toEqual({ ok: false, errors: expected });
  });

  it('takes the year from the file name when no option is given', () => {
    expect(parseOk('3月8日\n◆a。', { fileName: 'chronicle-2021-03.txt' }).year).toBe(2021);
  });

  it('reads CRLF files with a byte-order mark alike', () => {
    expect(parseOk('\uFEFF3月8日\r\n◆a。\r\n')).toEqual(parseOk('3月8日\n◆a。\n'));
  });
});
