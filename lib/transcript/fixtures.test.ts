/**
 * Every layout must give the same speakers and turns. Two sets: the small hand-written fixtures
 * in ./fixtures (one per layout, all the same excerpt of the seed, expected in
 * excerpt.expected.json), and the whole seed rewritten into each layout by testing/seed-layouts.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript';
import { isFaithful } from '@/tests/support/faithful-transcript';
import { readSeed, SEED_PATH, seedVariants } from '@/tests/support/seed-layouts';
import type { ParsedTranscript } from './types';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const excerpt = JSON.parse(fixture('excerpt.expected.json')) as Pick<ParsedTranscript, 'speakers' | 'turns' | 'exchanges'>;

function parseOk(raw: string): ParsedTranscript {
  const result = parseTranscript(raw);
  if (!result.ok) throw new Error(`expected a parse, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

const minutes = (iso: string | null) => iso && iso.replace(/:\d{2}\+/, ':00+');
const TITLE = '国务院新闻办公室新闻发布会：中国关于抗击疫情的国际合作情况';

describe('hand-written layout fixtures parse to the excerpt', () => {
  it.each([
    { description: '【】/[]/［］ speaker lines, dates in several spellings', file: 'bracket-tags.txt', layout: 'speaker-line-timed', source: '财新网', postedAt: (iso: string | null) => iso },
    {
      description: 'speaker lines closed by times of day ([10:01], 10:18:19, （10:30）…)',
      file: 'time-of-day.txt',
      layout: 'speaker-line-timed',
      source: '财新网',
      // Turns 2, 4, 6 and 8 end with a time that has seconds; the others lose them.
      postedAt: (iso: string | null, i: number) => (i % 2 === 1 ? iso : minutes(iso)),
    },
    { description: 'inline 【name】 and name： tags, no marker, no times', file: 'inline-tags.txt', layout: 'inline-tag-untimed', source: null, postedAt: () => null },
    { description: 'indented speaker lines, no marker, no times', file: 'untimed.txt', layout: 'speaker-line-untimed', source: '财新网', postedAt: () => null },
  ])('$description', ({ file, layout, source, postedAt }) => {
    const parsed = parseOk(fixture(file));
    expect(parsed).toMatchObject({ layout, source, title: TITLE, heldAt: '2020-03-26T10:00:00+08:00' });
    expect(parsed.speakers).toEqual(excerpt.speakers);
    expect(parsed.turns.map(({ index, speaker, role, postedAt, text }) => ({ index, speaker, role, postedAt, text }))).toEqual(
      excerpt.turns.map((t, i) => ({ ...t, postedAt: postedAt(t.postedAt, i) })),
    );
    expect(parsed.exchanges).toEqual(excerpt.exchanges);
    expect(isFaithful(parsed.body, parsed.turns)).toBe(true);
    expect(parsed.coverage).toBe(1);
  });
});

describe('the whole seed in every layout', () => {
  const seed = readSeed(readFileSync(SEED_PATH, 'utf8'));
  const original = parseOk(readFileSync(SEED_PATH, 'utf8'));

  it('the helper reads the seed the way the parser does', () => {
    expect(seed.turns).toHaveLength(43);
    expect(original.turns.map((t) => [t.speaker, t.text])).toEqual(seed.turns.map((t) => [t.label, t.paragraphs.join('\n')]));
    expect(seed.debris[0]).toBe('点击财新网交互H5“');
  });

  it.each(seedVariants(seed).map((v) => ({ ...v, description: v.name })))('$description', ({ text, layout, postedAt }) => {
    const parsed = parseOk(text);
    expect(parsed.layout).toBe(layout);
    expect(parsed.title).toBe(original.title);
    expect(parsed.speakers).toEqual(original.speakers);
    expect(parsed.turns.map((t) => ({ speaker: t.speaker, role: t.role, text: t.text }))).toEqual(
      original.turns.map((t) => ({ speaker: t.speaker, role: t.role, text: t.text })),
    );
    expect(parsed.turns.map((t) => t.postedAt)).toEqual(seed.turns.map((t, i) => postedAt(t.time, i)));
    expect(parsed.exchanges).toEqual(original.exchanges);
    expect(isFaithful(parsed.body, parsed.turns)).toBe(true);
    expect(parsed.coverage).toBe(1);
  });
});
