import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';
import { isFaithful } from '@/tests/support/faithful-transcript';
import { SEED_PATH } from '@/tests/support/seed-layouts';
import type { ParsedTranscript } from './types';

const seedText = readFileSync(SEED_PATH, 'utf8');

function parseOk(raw: string): ParsedTranscript {
  const result = parseTranscript(raw);
  if (!result.ok) throw new Error(`expected a parse, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('parseTranscript on the seed', () => {
  const seed = parseOk(seedText);

  it('reads the header', () => {
    expect(seed).toMatchObject({
      title: '国务院新闻办公室新闻发布会：中国关于抗击疫情的国际合作情况',
      source: '财新网',
      heldAt: '2020-03-26T10:00:00+08:00',
      heldOn: '2020-03-26',
      timezone: 'Asia/Shanghai',
      layout: 'speaker-line-timed',
      language: 'zh',
      coverage: 1,
    });
    expect(seed.summary).toMatch(/^国务院新闻办公室于2020年3月26日.*并答记者问。$/);
  });

  it('finds 43 turns from 胡凯红 at 10:01:21 to 胡凯红 at 12:09:23', () => {
    expect(seed.turns).toHaveLength(43);
    expect(seed.turns.map((t) => t.index)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(seed.turns[0]).toMatchObject({ speaker: '胡凯红', role: 'host', postedAt: '2020-03-26T10:01:21+08:00', line: 4 });
    expect(seed.turns[42]).toMatchObject({ speaker: '胡凯红', postedAt: '2020-03-26T12:09:23+08:00', line: 212 });
    expect(seed.turns[42]?.text).toBe('今天发布会到此结束，谢谢四个部门的负责同志，谢谢各位。');
  });

  it('keeps sentences ending in a colon inside their turn', () => {
    const zeng = seed.turns[13];
    expect(zeng?.speaker).toBe('曾益新');
    expect(zeng?.text.split('\n')[1]).toBe('我觉得中国的经验可以从几个方面去归纳总结：');
    expect(seed.turns.find((t) => t.text.includes('简单说是三个方面：'))?.speaker).toBe('徐南平');
  });

  it('reads speaker lines indented with full-width spaces after blank-ish lines', () => {
    expect(seed.turns[37]).toMatchObject({ speaker: '邓波清', line: 190, postedAt: '2020-03-26T12:05:29+08:00' });
    expect(seed.turns[41]).toMatchObject({ speaker: '罗照辉', line: 207 });
  });

  it('leaves the site debris after the last timestamp out of the turns and the body', () => {
    expect(seed.turns.some((t) => t.text.includes('点击财新网'))).toBe(false);
    expect(seed.body.startsWith('胡凯红:\n女士们、先生们')).toBe(true);
    expect(seed.body.endsWith('谢谢各位。\n2020-03-26 12:09:23')).toBe(true);
  });

  it('joins paragraphs with "\\n"', () => {
    expect(seed.turns[7]?.text.split('\n')).toHaveLength(12);
    expect(seed.turns[7]?.text.endsWith('的抗疫援助。\n谢谢。')).toBe(true);
  });

  it('builds 19 speakers and 14 exchanges', () => {
    expect(seed.speakers.map((s) => s.role)).toEqual([
      'host', 'official', 'official', 'official', 'official', ...Array<string>(14).fill('journalist'),
    ]);
    expect(seed.exchanges).toHaveLength(14);
    expect(seed.exchanges[1]).toEqual({ question: 12, answers: [13, 14] });
    // 胡凯红's remark after 徐南平's answer is not an answer: the host ends the exchange.
    expect(seed.exchanges[4]).toEqual({ question: 20, answers: [21] });
  });

  it('is faithful: the body is exactly the tags, texts and time lines, whitespace aside', () => {
    expect(isFaithful(seed.body, seed.turns)).toBe(true);
    // The check has teeth: one changed, dropped or extra character fails it.
    const [first, ...rest] = seed.turns;
    if (!first) throw new Error('no turns');
    expect(isFaithful(seed.body, [{ ...first, text: first.text.replace('女士们', '女士') }, ...rest])).toBe(false);
    expect(isFaithful(seed.body, rest)).toBe(false);
    expect(isFaithful(`${seed.body}谢谢。`, seed.turns)).toBe(false);
  });

  it('reads times at another offset when asked', () => {
    const result = parseTranscript(seedText, { timezoneOffset: '+00:00' });
    expect(result.ok && result.value.turns[0]?.postedAt).toBe('2020-03-26T10:01:21+00:00');
    expect(result.ok && result.value.timezone).toBe('UTC+00:00');
  });
});

const HEAD = '【财新网】\n国务院新闻办公室于2020年3月26日上午10时举行新闻发布会，请外交部副部长罗照辉介绍情况，并答记者问。\n以下为文字实录：';
const seedLines = seedText.split('\n');
const withoutLine = (n: number) => seedLines.filter((_, i) => i !== n - 1).join('\n');

describe('parseTranscript errors', () => {
  it.each([
    { description: 'plain prose', raw: '今天天气很好。\n我们去公园散步。', errors: ['line 1: no speaker turns found: expected speaker lines such as "姓名:" or "【姓名】"'] },
    { description: 'an empty file', raw: '', errors: ['line 1: no speaker turns found: expected speaker lines such as "姓名:" or "【姓名】"'] },
    { description: 'a marker and nothing but text after it', raw: `${HEAD}\n今天天气很好。`, errors: ['line 4: no speaker turns found: expected speaker lines such as "姓名:" or "【姓名】"'] },
    {
      description: 'the seed without 曾益新\'s speaker line (line 78): the colon sentence does not stand in for it',
      raw: withoutLine(78),
      errors: ['line 85: expected a speaker line before the timestamp'],
    },
    {
      description: 'a timestamp right after the marker',
      raw: `${HEAD}\n2020-03-26 10:00:00\n胡凯红:\n女士们。\n2020-03-26 10:01:21\n罗照辉:\n谢谢。\n2020-03-26 10:02:00`,
      errors: ['line 4: expected a speaker line before the timestamp'],
    },
    {
      description: 'an empty turn',
      raw: `${HEAD}\n胡凯红:\n2020-03-26 10:01:21\n罗照辉:\n谢谢。\n2020-03-26 10:02:00\n胡凯红:\n谢谢。\n2020-03-26 10:03:00`,
      errors: ['line 4: empty turn: "胡凯红" has no text'],
    },
    {
      description: 'text between the marker and the first speaker line',
      raw: `${HEAD}\n开场白。\n胡凯红:\n女士们。\n罗照辉:\n谢谢。\n胡凯红:\n谢谢。`,
      errors: ['line 4: text without a speaker: expected a speaker line before it'],
    },
    { description: 'a bad timezone offset', raw: seedText, options: { timezoneOffset: '8' }, errors: ['line 1: invalid timezone offset "8": expected ±hh:mm such as +08:00'] },
  ])('$description', ({ raw, options, errors }) => {
    const result = parseTranscript(raw, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => `line ${e.line}: ${e.message}`)).toEqual(errors);
  });
});

describe('parseTranscript edge cases', () => {
  it.each([
    {
      description: 'timestamps going backwards are kept',
      raw: `${HEAD}\n胡凯红:\n女士们。\n2020-03-26 10:05:00\n罗照辉:\n谢谢。\n2020-03-26 10:01:00`,
      postedAt: ['2020-03-26T10:05:00+08:00', '2020-03-26T10:01:00+08:00'],
      texts: ['女士们。', '谢谢。'],
    },
    {
      description: 'a known speaker after the last timestamp keeps a turn without a time',
      raw: `${HEAD}\n胡凯红:\n女士们。\n2020-03-26 10:05:00\n罗照辉:\n谢谢。\n2020-03-26 10:06:00\n胡凯红:\n散会。`,
      postedAt: ['2020-03-26T10:05:00+08:00', '2020-03-26T10:06:00+08:00', null],
      texts: ['女士们。', '谢谢。', '散会。'],
    },
    {
      description: 'a colon line after the last timestamp is debris, not a speaker',
      raw: `${HEAD}\n胡凯红:\n女士们。\n2020-03-26 10:05:00\n罗照辉:\n谢谢。\n2020-03-26 10:06:00\n更多报道详见：\n【专题】全球抗疫进行时`,
      postedAt: ['2020-03-26T10:05:00+08:00', '2020-03-26T10:06:00+08:00'],
      texts: ['女士们。', '谢谢。'],
    },
    {
      description: 'a known speaker whose time line is missing still starts a turn',
      raw: `${HEAD}\n胡凯红:\n女士们。\n罗照辉:\n谢谢。\n2020-03-26 10:06:00\n胡凯红:\n散会。\n2020-03-26 10:07:00\n罗照辉:\n再见。\n2020-03-26 10:08:00`,
      postedAt: [null, '2020-03-26T10:06:00+08:00', '2020-03-26T10:07:00+08:00', '2020-03-26T10:08:00+08:00'],
      texts: ['女士们。', '谢谢。', '散会。', '再见。'],
    },
    {
      description: 'a time of day without a date in the header leaves postedAt null',
      raw: '以下为文字实录：\n胡凯红:\n女士们。\n[10:05]\n罗照辉:\n谢谢。\n[10:06]',
      postedAt: [null, null],
      texts: ['女士们。', '谢谢。'],
    },
  ])('$description', ({ raw, postedAt, texts }) => {
    const parsed = parseOk(raw);
    expect(parsed.turns.map((t) => t.postedAt)).toEqual(postedAt);
    expect(parsed.turns.map((t) => t.text)).toEqual(texts);
    expect(isFaithful(parsed.body, parsed.turns)).toBe(true);
  });
});
