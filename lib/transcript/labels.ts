import { simplified } from './script';
import { endsWithPosition, splitTitledLabel } from './titles';

/** Longest speaker label accepted, in characters: longer "labels" are sentences. */
export const MAX_LABEL_LENGTH = 30;

/** A speaker tag found on a line; `rest` is the text after an inline tag ('' on its own line). */
export interface SpeakerTag {
  label: string;
  bracketed: boolean;
  rest: string;
}

// A label is a name or an outlet, never a clause: sentence punctuation means prose.
const SENTENCE_PUNCTUATION = /[，。？！；,?!;、…“”"「」『』《》:：]/u;
// Numbered points (`第一：`, `一是：`, `1.`) and speech verbs (`他说：`) end with a colon too.
const ENUMERATION = /^(?:第[一二三四五六七八九十百\d]+|[一二三四五六七八九十]+是|其[一二三四五六七八九十]|\d+[.、])/u;
const LEAD_IN = /(?:说|表示|指出|强调|认为|如下|以下|方面|包括|例如|比如|问题)$/u;
// A greeting to the audience (`各位媒体朋友：`, `记者朋友们：`, `Ladies and gentlemen:`) opens a speech, it is no speaker.
const SALUTATION = /^(?:各位|诸位|尊敬的|亲爱的|女士们|先生们|大家|Ladies|Dear|Good (?:morning|afternoon|evening)|Hello|Hi\b)|(?:们|朋友)$/iu;
// A date or weekday before a colon heads a chronicle entry (`3月26日：`, `星期四：`, `March 26:`).
const DATE_LIKE =
  /^(?:\d{1,4}\s*[年月日号]|.*[年月]\d{1,2}[日号]?$|(?:星期|周|礼拜)[一二三四五六日天]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/iu;

// Keys of a page's metadata line (`发布时间：2023-06-08`, `来源：国家医保局`): nobody speaks as them.
const PAGE_KEY = /^(?:发布时间|发布日期|发稿时间|更新时间|时间|日期|来源|作者|编辑|责任编辑|浏览次数|点击数|阅读数|字号|关键词|标签)$/u;

/** True when `label` has the shape of a speaker label: short, a letter, no sentence punctuation. */
export function isSpeakerLabel(label: string): boolean {
  // Transcripts repeat a handful of labels thousands of times: remember the verdicts.
  const known = verdicts.get(label);
  if (known !== undefined) return known;
  if (verdicts.size > 10_000) verdicts.clear();
  const verdict = judgeLabel(label);
  verdicts.set(label, verdict);
  return verdict;
}

const verdicts = new Map<string, boolean>();

function judgeLabel(label: string): boolean {
  const length = Array.from(label).length;
  const plain = simplified(label);
  return (
    length >= 1 &&
    length <= MAX_LABEL_LENGTH &&
    /\p{L}/u.test(label) &&
    !/^[（(]/u.test(label) &&
    !SENTENCE_PUNCTUATION.test(label) &&
    // `第一：` is a numbered point, `第一财经记者` / `三联生活周刊` an outlet whose name starts with a numeral.
    !(ENUMERATION.test(label) && !/记者$/u.test(plain) && !isOutlet(plain)) &&
    !LEAD_IN.test(plain) &&
    !SALUTATION.test(plain) &&
    !PAGE_KEY.test(plain) &&
    !DATE_LIKE.test(plain) &&
    (label.match(/\d/gu)?.length ?? 0) < (label.match(/\p{L}/gu)?.length ?? 0)
  );
}

// English labels that say who speaks: the asking words, the chair, or a title before the name.
const ENGLISH_ROLE =
  /^(?:Q|QUESTION|Question|REPORTER|Reporter|MODERATOR|Moderator|Follow[- ]?[Uu]p|(?:Mr|Ms|Mrs|Dr)\.?\s+\S+|(?:Secretary|Ambassador|General|Admiral|Minister|Governor|Director|President|Spokesperson|Senator)\s+\S.*)$/u;

/** True for an outlet named without 记者 (`彭博社`, `北方日报`, `CNN`): its journalist asks. */
export function isOutlet(label: string): boolean {
  if (/^[A-Z]{2,5}$/u.test(label)) return true; // `CNN`, `NHK`, `AFP` in a Chinese transcript
  return Array.from(label).length >= 3 && /(?:通讯社|新闻社|电视台|广播电台|日报|晚报|时报|早报|周刊|新闻网|社)$/u.test(simplified(label));
}

/** True when the label says what its speaker is: journalist, host (`主持人 许清和`), spokesperson or a titled name. */
export function hasRoleWord(label: string): boolean {
  const plain = simplified(label);
  return (
    /(?:记者|主持人|主持|发言人)$/u.test(plain) ||
    /记者[\s\u3000]*\p{Script=Han}{2,4}$/u.test(plain) ||
    isOutlet(plain) ||
    ENGLISH_ROLE.test(label) ||
    /^主持人?[\s\u3000]*\p{Script=Han}{2,4}$/u.test(plain) ||
    endsWithPosition(plain) !== null ||
    splitTitledLabel(label) !== null
  );
}

const OPEN = '[【\\[［]';
const CLOSE = '[】\\]］]';
const OWN_BRACKET = new RegExp(`^${OPEN}\\s*([^【】\\[\\]［］]+?)\\s*${CLOSE}\\s*[:：]?$`, 'u');
const OWN_COLON = /^([^:：]+?)\s*[:：]$/u;
const INLINE_BRACKET = new RegExp(`^${OPEN}\\s*([^【】\\[\\]［］]+?)\\s*${CLOSE}\\s*[:：]?\\s*`, 'u');
// The label part is bounded so a long sentence with a late colon is rejected without backtracking.
const INLINE_COLON = /^([^:：]{1,40}?)\s*[:：]\s*/u;

function tag(match: RegExpExecArray | null, bracketed: boolean): SpeakerTag | null {
  const label = match?.[1]?.trim();
  if (!match || !label || !isSpeakerLabel(label)) return null;
  return { label, bracketed, rest: (match[2] ?? '').trim() };
}

/** A speaker tag alone on its (trimmed) line: `胡凯红:`, `胡凯红：`, `【胡凯红】`, `[胡凯红]:`, `［胡凯红］`. */
export function matchOwnLineTag(text: string): SpeakerTag | null {
  // A speaker line is short: a long line is never one, and huge ones must not reach the regexes.
  if (text.length > 2 * MAX_LABEL_LENGTH + 10) return null;
  return tag(OWN_BRACKET.exec(text), true) ?? tag(OWN_COLON.exec(text), false);
}

/** A speaker tag opening a paragraph with text after it: `【胡凯红】女士们……`, `胡凯红：女士们……`. */
export function matchInlineTag(text: string): SpeakerTag | null {
  // The tag sits in the first few dozen characters: huge lines never reach a backtracking regex.
  const head = text.slice(0, 2 * MAX_LABEL_LENGTH + 10);
  for (const [match, bracketed] of [[INLINE_BRACKET.exec(head), true], [INLINE_COLON.exec(head), false]] as const) {
    const found = tag(match, bracketed);
    const rest = match ? text.slice(match[0].length).trim() : '';
    if (found && rest) return { ...found, rest };
  }
  return null;
}
