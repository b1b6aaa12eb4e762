import { simplified } from './script';

/**
 * Words that end an official title (`外交部副部长`); what precedes them is the organisation.
 * Longer words come first so `新闻发言人` wins over `发言人` and `副部长` over `部长`.
 */
export const POSITION_SUFFIXES: readonly string[] = [
  '新闻发言人', '首席科学家', '副秘书长', '秘书长', '部长助理', '主任委员', '党组书记', '副主席', '主席',
  '副总理', '总理', '副部长', '部长', '副主任', '主任', '副署长', '署长', '副司长', '司长', '副局长', '局长',
  '副处长', '处长', '副厅长', '厅长', '副书记', '书记', '副市长', '市长', '副省长', '省长', '副区长', '区长',
  '副县长', '县长', '副院长', '院长', '副校长', '校长', '副所长', '所长', '副组长', '组长', '副行长', '行长',
  '董事长', '总经理', '总工程师', '总裁', '理事长', '会长', '巡视员', '负责人', '研究员', '主任医师',
  '院士', '教授', '大使', '参赞', '委员', '专家', '发言人', '主持人', '行政长官', '特首', '议员', '司令员', '政委',
].sort((a, b) => b.length - a.length);

const SUFFIXES = new Set(POSITION_SUFFIXES);
const LONGEST = Math.max(...POSITION_SUFFIXES.map((s) => s.length));

/** The position word `text` ends with (`副部长` for `外交部副部长`, also `局長` written in Traditional), or null. */
export function endsWithPosition(text: string): string | null {
  const plain = simplified(text.slice(-LONGEST));
  // Longest first, so `副部长` wins over `部长`; a set lookup per length keeps this cheap on every line.
  for (let length = Math.min(LONGEST, plain.length); length >= 2; length--) {
    if (SUFFIXES.has(plain.slice(-length))) return text.slice(-length);
  }
  return null;
}

// Words that make a 2–4 character label a role rather than a person (`主持人`, `记者`).
const NOT_A_NAME = /(?:记者|嘉宾|代表|网友|观众|翻译|同传|主持)/u;

/** True for a personal name: 2–4 Han characters, or a transliterated `名·姓`, and no role word. */
export function isPersonalName(text: string): boolean {
  const han = /^\p{Script=Han}{2,4}$/u.test(text) || /^\p{Script=Han}{1,8}[·・•]\p{Script=Han}{1,10}$/u.test(text);
  return han && !NOT_A_NAME.test(simplified(text)) && endsWithPosition(text) === null;
}

/** Splits a label such as `外交部副部长罗照辉` into its title and name; null when it is not one. */
export function splitTitledLabel(label: string): { title: string; name: string } | null {
  // `国家卫生健康委新闻发言人 米锋`: a space may stand between title and name.
  const spaced = /^(.+?)[\s\u3000]+(\S+)$/u.exec(label);
  if (spaced?.[1] && spaced[2] && !/^主持人?$/u.test(spaced[1]) && endsWithPosition(spaced[1]) && isPersonalName(spaced[2])) return { title: spaced[1], name: spaced[2] };
  for (let end = label.length - 2; end > 0; end--) {
    const title = label.slice(0, end);
    const name = label.slice(end);
    if (endsWithPosition(title) && isPersonalName(name)) return { title, name };
  }
  return null;
}

/**
 * The organisation of a title: its first part (before `、`) minus the position word
 * (`国务院新闻办新闻局副局长、新闻发言人` → `国务院新闻办新闻局`); null when only a position is left.
 */
export function organizationOf(title: string): string | null {
  const first = title.split('、')[0] ?? title;
  const suffix = endsWithPosition(first);
  const organization = suffix ? first.slice(0, -suffix.length) : first;
  return organization.length > 0 && organization !== first ? organization : null;
}

// What may precede a title in a summary sentence: `，请外交部副部长…`, `由国务院新闻办…主持`.
const LEAD_WORDS = /^(?:并|还)?(?:邀请|请|由|出席的有|出席|包括|与)/u;
const LEADING_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?)?/u;

/**
 * The title written right before `name` in the header (`…，请外交部副部长罗照辉、…` → `外交部副部长`),
 * following `、` back over a title that continues (`新闻局副局长、新闻发言人胡凯红`); null if none.
 */
export function findTitleInHeader(name: string, header: string): string | null {
  for (let at = header.indexOf(name); at >= 0; at = header.indexOf(name, at + 1)) {
    const clause = header.slice(0, at).split(/[，。；：,;:（）()\s]/u).pop() ?? '';
    // `2020年3月26日外交部发言人耿爽主持…`: the date is not part of the title.
    const parts = clause.replace(LEADING_DATE, '').replace(LEAD_WORDS, '').split('、');
    const taken: string[] = [];
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = parts[i] ?? '';
      // Stop at a part that ends with someone else's name: it is the previous list item.
      if (taken.length > 0 && !endsWithPosition(part)) break;
      taken.unshift(part);
    }
    const title = taken.join('、');
    if (title && endsWithPosition(title)) return title;
  }
  return null;
}

/**
 * The person the header says chairs the event (`…新闻发言人胡凯红主持`): their name and title,
 * or null. The name is the shortest 2–4 characters before 主持 that follow a position word.
 */
export function findHostInHeader(header: string): { name: string; title: string } | null {
  for (let at = header.indexOf('主持'); at >= 0; at = header.indexOf('主持', at + 1)) {
    for (let length = 2; length <= 4; length++) {
      const name = header.slice(at - length, at);
      const title = at - length >= 0 && isPersonalName(name) ? findTitleInHeader(name, header) : null;
      if (title) return { name, title };
    }
  }
  return null;
}
