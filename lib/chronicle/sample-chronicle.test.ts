import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseChronicle } from './parse-chronicle';
import type { ParsedChronicle } from './types';

const SAMPLE = fileURLToPath(new URL('../../prisma/seed/data/chronicle-2020-03.txt', import.meta.url));

/**
 * The seed chronicle (March 2020) as printed: 88 lines start with ◆. Two are exact
 * same-day repeats (3月11日 lines 33/35, 3月25日 lines 206/208), so 86 entries remain.
 */
describe('the sample chronicle', () => {
  let chronicle: ParsedChronicle;
  const entry = (fragment: string) => chronicle.entries.filter((e) => e.text.includes(fragment));

  beforeAll(() => {
    const result = parseChronicle(readFileSync(SAMPLE, 'utf8'), { fileName: 'chronicle-2020-03.txt' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    chronicle = result.value;
  });

  it('has its title and year', () => {
    expect(chronicle.title).toBe('中国发布新冠肺炎疫情信息、推进疫情防控国际合作纪实');
    expect(chronicle.year).toBe(2020);
  });

  it('has each distinct entry once', () => {
    expect(chronicle.entries).toHaveLength(86);
    const keys = chronicle.entries.map((e) => `${e.date} ${e.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    { description: 'the 国务院联防联控机制 3月11日 repeat', fragment: '内地每日新增确诊病例和新增疑似病例连续5天', count: 1 },
    { description: 'the 3月25日 repeat, but not the same words on 3月23日', fragment: '要严防境外输入和境内疫情反弹。', count: 2 },
    { description: 'the stray 钟南山 fragment', fragment: '早发现', count: 1 },
  ])('keeps one copy of $description', ({ fragment, count }) => {
    expect(entry(fragment)).toHaveLength(count);
  });

  it.each([
    { description: '高峰已 / 经过去', joined: '中国本轮疫情流行高峰已经过去,新增发病例数' },
    { description: '习近平指出, / 当前,', joined: '阿齐兹会谈。习近平指出,当前,疫情正在全球多点暴发。' },
    { description: '深化交 / 流合作', joined: '同世界卫生组织深化交流合作,继续向有关国家' },
  ])('joins the entry broken at $description', ({ joined }) => {
    expect(entry(joined)).toHaveLength(1);
  });

  it('reports exactly what it dropped', () => {
    expect(chronicle.dropped.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 3, reason: 'document title' },
      { line: 5, reason: 'page marker' },
      { line: 35, reason: 'duplicate of the entry on line 33' },
      { line: 142, reason: 'repeats part of the entry on line 133' },
      { line: 208, reason: 'duplicate of the entry on line 206' },
    ]);
  });

  it('leaves no print artefacts in the entries', () => {
    for (const e of chronicle.entries) expect(e.text).not.toMatch(/上接|下转|纪实$|^◆/);
  });

  it('dates the entry before the first heading null', () => {
    expect(chronicle.entries[0]).toMatchObject({ id: 'undated-1', date: null, line: 7, position: 1 });
    expect(chronicle.entries[0]?.text).toMatch(/^国务院新闻办公室在湖北武汉举行新闻发布会/);
  });

  it('keeps document order where days are out of order (3月27日 before 3月25日)', () => {
    const dates = [...new Set(chronicle.entries.map((e) => e.date))];
    expect(dates.slice(-3)).toEqual(['2020-03-26', '2020-03-27', '2020-03-25']);
    expect(chronicle.entries.at(-1)).toMatchObject({ id: '2020-03-25-3', position: 86, line: 206 });
  });

  it('numbers entries within each day', () => {
    expect(chronicle.entries.filter((e) => e.date === '2020-03-11').map((e) => e.id)).toEqual([
      '2020-03-11-1',
      '2020-03-11-2',
      '2020-03-11-3',
      '2020-03-11-4',
    ]);
  });
});
