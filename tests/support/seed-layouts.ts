/**
 * Test helper: rewrites the seed transcript (speaker lines closed by `2020-03-26 10:01:21`) into
 * the other layouts, so each must parse to the same speakers and turns. It reads the seed with
 * its own simple rules, not with the parser, so parser and helper check each other.
 */
import { readFileSync } from 'node:fs';

/** The seed transcript, relative to the project root (where vitest runs). */
export const SEED_PATH = 'prisma/seed/data/scio-2020-03-26-press-conference.txt';

/** One turn of the seed as the helper reads it. */
export interface SeedTurn {
  label: string;
  paragraphs: string[];
  /** `HH:MM:SS` of the closing time line. */
  time: string;
}

/** The seed split into header lines (up to and including the marker), turns and trailing debris. */
export interface Seed {
  header: string[];
  turns: SeedTurn[];
  debris: string[];
}

const STAMP = /^2020-03-26 (\d{2}:\d{2}:\d{2})$/;

/** Reads the seed file: after the marker, each turn is `label:`, paragraphs, a time line; then debris. */
export function readSeed(raw = readFileSync(SEED_PATH, 'utf8')): Seed {
  const lines = raw.split('\n').map((l) => l.trim());
  const marker = lines.indexOf('以下为文字实录：');
  const turns: SeedTurn[] = [];
  let current: SeedTurn | null = null;
  let i = marker + 1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const stamp = STAMP.exec(line);
    if (stamp && current) {
      turns.push({ ...current, time: stamp[1] ?? '' });
      current = null;
    } else if (current) {
      if (line) current.paragraphs.push(line);
    } else if (/^[^，。：:]{1,30}[:：]$/.test(line)) {
      current = { label: line.slice(0, -1), paragraphs: [], time: '' };
    } else if (line) {
      break; // where a speaker line should be: the site's debris begins
    }
  }
  return { header: lines.slice(0, marker + 1), turns, debris: lines.slice(i).filter(Boolean) };
}

/** A seed rewritten into another layout, and how its turns' `postedAt` must come out. */
export interface Variant {
  name: string;
  layout: string;
  text: string;
  /** Expected `postedAt` of a seed turn closed at `HH:MM:SS` (turn position `i`, from 0). */
  postedAt: (time: string, i: number) => string | null;
}

const at = (time: string) => `2020-03-26T${time}+08:00`;
const TIME_OF_DAY = ['[{hm}]', '{hms}', '（{hm}）', '({hms})', '【{hm}】', '{hm}'];
const BRACKETS = ['【{}】', '[{}]', '［{}］：', '【{}】:'];
const pick = (forms: string[], i: number) => forms[i % forms.length] ?? '';

/** The seed in every other layout the parser supports, plus a BOM/CRLF/full-width-space copy. */
export function seedVariants(seed = readSeed()): Variant[] {
  const { header, turns, debris } = seed;
  const render = (turnLines: (t: SeedTurn, i: number) => string[], tail = debris, head = header) =>
    [...head, ...turns.flatMap(turnLines), ...tail].join('\n');
  const todForm = (i: number, time: string) => pick(TIME_OF_DAY, i).replace('{hm}', time.slice(0, 5)).replace('{hms}', time);
  return [
    {
      name: 'bracketed speaker lines',
      layout: 'speaker-line-timed',
      text: render((t, i) => [pick(BRACKETS, i).replace('{}', t.label), ...t.paragraphs, `2020-03-26 ${t.time}`]),
      postedAt: at,
    },
    {
      name: 'closing times of day',
      layout: 'speaker-line-timed',
      text: render((t, i) => [`${t.label}：`, ...t.paragraphs, todForm(i, t.time)]),
      postedAt: (time, i) => at(pick(TIME_OF_DAY, i).includes('{hms}') ? time : `${time.slice(0, 5)}:00`),
    },
    {
      name: 'inline tags with closing times',
      layout: 'inline-tag-timed',
      text: render((t, i) => [`${i % 2 ? `${t.label}：` : `【${t.label}】`}${t.paragraphs.join('\n')}`, `2020-03-26 ${t.time}`]),
      postedAt: at,
    },
    {
      name: 'inline tags without times or marker',
      layout: 'inline-tag-untimed',
      text: render((t, i) => [`${i % 2 ? `${t.label}：` : `【${t.label}】`}${t.paragraphs.join('\n')}`, ''], [], header.slice(0, -1)),
      postedAt: () => null,
    },
    {
      name: 'speaker lines without times',
      layout: 'speaker-line-untimed',
      text: render((t) => [`${t.label}:`, ...t.paragraphs], []),
      postedAt: () => null,
    },
    {
      name: 'BOM, CRLF, full-width colons and indents, blank-ish lines',
      layout: 'speaker-line-timed',
      text: `\ufeff${render((t) => ['　', `　　${t.label}：　`, ...t.paragraphs.map((p) => `　　${p} `), `2020-03-26 ${t.time}\u3000`])}`
        .split('\n')
        .join('\r\n'),
      postedAt: at,
    },
  ];
}
