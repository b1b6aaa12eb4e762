/**
 * Named entities of a text, normalised to canonical names: gazetteer aliases
 * (世卫组织 → 世界卫生组织), offices (意大利总理), names after a title (总统武契奇), joint
 * abbreviations (中日韩 → 日本, 韩国), country-like words (…斯坦, …国) and two naming
 * patterns for meetings (G20 …特别峰会, 中韩 …联防联控…机制).
 */
import { GAZETTEER_ALIASES, JOINT_ABBREVIATIONS, TITLES, type GazetteerAlias } from './gazetteer';
import { segmentText, type Segment } from './segment';
import type { EntityKind, EntityMention } from './types';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (text: string) => /^[A-Za-z0-9]+$/.test(text);

interface Alias extends Omit<GazetteerAlias, 'canonical'> {
  canonicals: readonly string[];
}

const ALIASES: Alias[] = [
  ...GAZETTEER_ALIASES.map(({ alias, canonical, kind }) => ({ alias, kind, canonicals: [canonical] })),
  ...Object.entries(JOINT_ABBREVIATIONS).map(([alias, canonicals]) => ({ alias, kind: 'country' as const, canonicals })),
].sort((a, b) => b.alias.length - a.alias.length);

const BY_ALIAS = new Map(ALIASES.map((a) => [a.alias.toLowerCase(), a]));

// Longest alias first, so the regex prefers 世界卫生组织 over 世卫 and 中东欧 over 中东.
// Latin aliases must not sit inside a longer Latin word (UN in "Fund").
const ALIAS_PATTERN = new RegExp(
  ALIASES.map(({ alias }) => (isLatin(alias) ? `(?<![A-Za-z])${escape(alias)}(?![A-Za-z])` : escape(alias))).join('|'),
  'gi',
);

const TITLE_PATTERN = new RegExp(TITLES.join('|'), 'g');

type Push = (canonical: string, kind: EntityKind, surface: string, index: number) => void;

/** Characters that end a name after a title: verbs and particles that follow names in news prose. */
const NAME_STOP = new Set('通表致会等和与及在的亲也同专以向就对说指强应出发到率访举称是于还将所已曾为提又再都均则并而但把被让使从给由时有前一'.split(''));

/** Words ending in 国 that name no particular country. */
const GENERIC_GUO = new Set(
  '各国 我国 两国 三国 外国 多国 大国 本国 全国 祖国 岛国 邻国 他国 该国 出国 回国 建国 报国 爱国 帝国 强国 小国 举国 盟国 成员国 驻在国 中转国 所在国 受援国 东道国 发达国 跨国 锁国 万国'.split(' '),
);
/** Endings of transliterated country names that ICU may leave as a segment of their own. */
const BARE_SUFFIX = /^(斯坦|尼亚|利亚|维亚)$/;
// A numeral before 国 counts countries (中亚五国) rather than naming one.
const COUNTRY_WORD = /^(?![一二两三四五六七八九十百几数])\p{Script=Han}{1,5}(斯坦|尼亚|利亚|维亚|拉圭|国)$/u;

/**
 * Finds the entities of a text; the same entity may repeat. `segments` are the text's ICU
 * segments, when the caller has them already.
 */
export function extractEntities(text: string, segments: readonly Segment[] = segmentText(text)): EntityMention[] {
  const mentions: EntityMention[] = [];
  const covered: boolean[] = new Array<boolean>(text.length).fill(false);
  const push = (canonical: string, kind: EntityKind, surface: string, index: number) => mentions.push({ canonical, kind, surface, index });

  for (const match of text.matchAll(ALIAS_PATTERN)) {
    const alias = BY_ALIAS.get(match[0].toLowerCase());
    if (!alias) continue;
    const end = match.index + match[0].length;
    for (let i = match.index; i < end; i++) covered[i] = true;
    for (const canonical of alias.canonicals) push(canonical, alias.kind, match[0], match.index);
    if (alias.kind === 'country' || alias.kind === 'organization') {
      const [canonical] = alias.canonicals;
      const title = TITLES.find((t) => text.startsWith(t, end));
      // An office names whoever holds it, so 意大利总理 links 马德拉哥 and 孔特 alike.
      if (title && alias.canonicals.length === 1 && canonical) push(`${canonical}${title}`, 'office', `${match[0]}${title}`, match.index);
      if (alias.kind === 'organization' && canonical) findSpecialSummit(text, match.index, end, canonical, push);
    }
  }
  findNamesAfterTitles(text, segments, covered, push);
  findJointMechanisms(text, push);
  findCountryWords(segments, push);
  return mentions;
}

/**
 * Country-like words the gazetteer lacks: one ICU word ending in 斯坦/尼亚/利亚/维亚/拉圭/国
 * (坦桑尼亚), or a bare suffix segment with the one-character segments ICU split the rest
 * of a transliteration into (乌|兹|别|克|斯坦).
 */
function findCountryWords(segments: readonly Segment[], push: Push) {
  for (const [i, { segment, index, isWordLike }] of segments.entries()) {
    if (!isWordLike) continue;
    let start = i;
    if (BARE_SUFFIX.test(segment)) {
      const isNamePart = (s: Segment | undefined) => s?.isWordLike && s.segment.length === 1 && /\p{Script=Han}/u.test(s.segment) && !NAME_STOP.has(s.segment);
      while (start > 0 && i - start < 4 && isNamePart(segments[start - 1])) start--;
    }
    const word = segments.slice(start, i + 1).map((s) => s.segment).join('');
    if (COUNTRY_WORD.test(word) && !BARE_SUFFIX.test(word) && !GENERIC_GUO.has(word) && !BY_ALIAS.has(word)) {
      push(word, 'country', word, segments[start]?.index ?? index);
    }
  }
}

/** "二十国集团领导人应对新冠肺炎特别峰会", "G20领导人特别峰会" and the like are one event. */
function findSpecialSummit(text: string, start: number, end: number, org: string, push: Push) {
  const tail = /^[^，。；、,;！？\n]{0,16}?特别峰会/.exec(text.slice(end));
  if (tail) push(`${org}特别峰会`, 'event', text.slice(start, end) + tail[0], start);
}

/** 中韩…联防联控…机制: the joint prevention mechanism of those countries, however it is worded. */
function findJointMechanisms(text: string, push: Push) {
  for (const match of text.matchAll(/(中[日韩美欧意法德巴俄英柬塞]{1,2})[^，。；,;\n]{0,14}?联防联控[^，。；,;\n]{0,6}?机制/g)) {
    const [surface, parties] = match;
    if (parties && JOINT_ABBREVIATIONS[parties]) push(`${parties}联防联控机制`, 'event', surface, match.index);
  }
}

/**
 * A name right after a title (总统武契奇, 秘书长古特雷斯). ICU splits rare names into single
 * characters, so the name must start with a one-character segment; that keeps out
 * 主席高度关注 while accepting names the gazetteer never heard of.
 */
function findNamesAfterTitles(text: string, segments: readonly Segment[], covered: boolean[], push: Push) {
  const lengthAt = new Map(segments.map((s) => [s.index, s.segment.length]));
  for (const match of text.matchAll(TITLE_PATTERN)) {
    const start = match.index + match[0].length;
    if (covered[start]) continue;
    let end = start;
    while (end < text.length && end - start < 6 && /\p{Script=Han}/u.test(text[end] ?? '') && !NAME_STOP.has(text[end] ?? '')) end++;
    const name = text.slice(start, end);
    if (name.length < 2 || name.length > 5) continue;
    if (lengthAt.get(start) !== 1) continue;
    push(BY_ALIAS.get(name)?.canonicals[0] ?? name, 'person', name, start);
  }
}
