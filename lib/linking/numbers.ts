/**
 * Counts and amounts with their units (2000万美元, 89个国家, 四批, 第二批, 120多场), normalised
 * so that the same quantity written differently compares equal: Chinese numerals become
 * numbers, 万/亿 multiply, 个 is dropped and a counted noun is reduced to its head
 * (89个国家 and 10个南太平洋岛国 count 国).
 */
import { segmentWords } from './segment';
import type { NumberMention } from './types';

const DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWER: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese numeral (四 → 4, 十九 → 19, 一百二十 → 120, 两万 → 20000), or null if the
 * text holds anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of text) {
    if (char in DIGIT) digit = DIGIT[char] ?? 0;
    else if (char in POWER) {
      section += (digit || 1) * (POWER[char] ?? 1); // 十九: a bare 十 means one ten
      digit = 0;
    } else if (char === '万') {
      total += (section + digit) * 1e4;
      section = digit = 0;
    } else if (char === '亿') {
      total = (total + section + digit) * 1e8;
      section = digit = 0;
    } else return null;
  }
  return total + section + digit;
}

// Measure words and currencies that may follow a number directly; longest first.
const UNITS = ['人民币', '美元', '周年', '人次', '元', '批', '支', '场', '次', '位', '名', '家', '例', '天', '种', '篇', '份', '吨', '只', '项', '架', '台', '套', '所', '条', '倍', '通', '年', '人', '国', '%', '％'];
const NUMBER = /(第)?(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(万|亿)?([多余])?(个)?/g;
/** The head of a counted noun phrase: 个国际和地区组织 counts 组织, 个南太平洋岛国 counts 国. */
const HEAD_NOUN = /国际(?:和地区)?组织|组织|国家|省份|地区|国(?!际)/;
const HEAD_NAME: Readonly<Record<string, string>> = { 国家: '国', 省份: '省' };
/** Dates and clock times are date cues, not counts. */
const TIME_UNIT = /^[月日号时点分秒]/;

/** Finds the counts and amounts of a text, in order of appearance. */
export function extractNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, ordinalMark, digits = '', multiplier, approx, ge] = match;
    const end = match.index + whole.length;
    const rest = text.slice(end);
    if (TIME_UNIT.test(rest) || /[月A-Za-z]/.test(text[match.index - 1] ?? '')) continue; // 3月16日, G20
    // 第一个问题: an ordinal with 个 numbers the speaker's points; 第一次 means "for the first time".
    if (ordinalMark && (ge || rest.startsWith('次'))) continue;
    const isChinese = !/^\d/.test(digits);
    const base = isChinese ? parseChineseNumeral(digits) : Number(digits);
    if (base === null) continue;
    const value = base * (multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1);
    const ordinal = ordinalMark !== undefined;
    // 一些, 两国, 一带一路: small Chinese numerals are mostly part of words, not counts.
    if (isChinese && !ordinal && value < 3) continue;
    const found = findUnit(rest, ge !== undefined, multiplier !== undefined);
    if (!found) continue;
    if (found.unit === '国' && rest.slice(found.length).startsWith('集团')) continue; // 二十国集团 is G20
    mentions.push(mention(value, found.unit, ordinal, approx !== undefined, text.slice(match.index, end + found.length), match.index));
  }
  for (const match of text.matchAll(/首(批|支)/g)) {
    mentions.push(mention(1, match[1] ?? '', true, false, match[0], match.index));
  }
  return mentions;
}

function mention(value: number, unit: string, ordinal: boolean, approximate: boolean, surface: string, index: number): NumberMention {
  return { key: `${ordinal ? '第' : ''}${value}${unit}`, value, unit, ordinal, approximate, surface, index };
}

/** The unit after a number: a measure word, the head of a counted noun (after 个 or 万), or nothing. */
function findUnit(rest: string, afterGe: boolean, scaled: boolean): { unit: string; length: number } | null {
  const unit = afterGe ? undefined : UNITS.find((u) => rest.startsWith(u));
  if (unit) return { unit: unit === '％' ? '%' : unit, length: unit.length };
  const window = /^\p{Script=Han}{0,7}/u.exec(rest)?.[0] ?? '';
  if (afterGe || scaled) {
    const head = HEAD_NOUN.exec(window);
    if (head) {
      const name = head[0].endsWith('组织') ? '组织' : HEAD_NAME[head[0]] ?? head[0];
      return { unit: name, length: head.index + head[0].length };
    }
    // Otherwise the counted noun itself, if ICU sees one (十个工作专班 counts 工作).
    const [noun] = segmentWords(window);
    if (noun && noun.length >= 2 && window.startsWith(noun)) return { unit: noun, length: noun.length };
    if (scaled) return { unit: '', length: 0 };
  }
  return null;
}
