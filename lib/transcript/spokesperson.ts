import { simplified } from './script';
import { hasChineseSurname } from './surnames';
import { isPersonalName } from './titles';

/** The spokesperson a header names, with the title written before the name. */
export interface Spokesperson {
  name: string;
  /** `外交部发言人`, `Press Secretary`. */
  title: string;
}

// `2020年3月26日外交部发言人耿爽主持例行记者会`, `外交部发言人耿爽就…答记者问`, `…新闻发言人 米锋`.
const ZH = /([^\s，。；：、,;:（）()>›»＞]{0,24}?发言人)[\s\u3000]*(\p{Script=Han}{2,4}?)(?=主持|就|答|表示|宣布|介绍|回答|[:：\s，,]|$)/gu;
const LEADING_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午)?/u;
// Two or three capitalised words on one line (a name never runs on into the next header line).
const EN_NAME = "((?:[A-Z][a-z'’-]+\\.?[ \\t]+){1,2}[A-Z][a-zA-Z'’-]+)";
const EN_BEFORE = new RegExp(`\\b(Press Secretary|Spokesperson|Spokesman|Spokeswoman|Deputy Spokesperson)[ \\t]+${EN_NAME}`, 'u');
const EN_AFTER = new RegExp(`\\b${EN_NAME},[ \\t]+((?:Department[ \\t]+|Deputy[ \\t]+)?(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary))`, 'u');

// What follows 发言人 in headers and site sections without being anyone's name: `外交部发言人表态`,
// `发言人答问`, `发言人谈话`. Words whose first character is also a surname must be listed here.
const NOT_A_NAME_ZH = /^(?:表态|答问|答复|发言|讲话|谈话|谈及|表示|回答|声明|介绍|宣布|应询|应约|称|指出|强调|办公室|答记者问|文章|署名文章|提问|致辞|回应|通报|说明)/u;
// Words of English page titles and sections that a capitalised "name" must not contain.
const NOT_A_NAME_EN =
  /\b(?:Briefing|Briefings|Remarks|Press|Conference|Regular|Statement|Statements|Office|Room|Transcript|Daily|Weekly|Department|Ministry|Affairs|Foreign|Says|Said|On|At|And|The|Of|For|Answers?|Questions?|Responds?|Comments?|Holds?)\b/u;

/**
 * True when `name` (Simplified, after 发言人 in a header) is a person's: 2–4 Han characters (or a
 * transliterated `名·姓`) starting with a Chinese surname, and not a word such as 表态 or 谈话.
 */
function isSpokespersonName(name: string): boolean {
  if (!isPersonalName(name) || NOT_A_NAME_ZH.test(name)) return false;
  return /[·・•]/u.test(name) || hasChineseSurname(name);
}

/** An English name after a title: `Wang Wenlan's Regular…` is Wang Wenlan; `Briefing Room` is no one. */
function englishName(raw: string | undefined): string | null {
  const words = raw?.split(/[ \t]+/u) ?? [];
  // A possessive ends the name: what follows it is the event (`Wang Wenlan's Regular Press Conference`).
  const possessive = words.findIndex((w) => /['’]s$/u.test(w));
  const kept = (possessive >= 0 ? words.slice(0, possessive + 1) : words).map((w) => w.replace(/['’]s$/u, ''));
  const name = kept.join(' ');
  return kept.length >= 2 && !NOT_A_NAME_EN.test(name) ? name : null;
}

/**
 * The spokesperson named in header lines (`外交部发言人耿爽主持例行记者会` → 耿爽, title 外交部发言人;
 * `Press Briefing by Press Secretary Jen Psaki` → Jen Psaki; `Spokesperson Wang Wenlan's Regular
 * Press Conference` → Wang Wenlan), or null. A date before the title is not part of it. A word
 * after 发言人 that does not look like a person's name (`外交部发言人表态` in a site section) names
 * nobody: the answers then keep their label rather than take a made-up speaker. Reads the first
 * 2,000 characters only.
 */
export function findSpokesperson(header: string): Spokesperson | null {
  const text = header.slice(0, 2000);
  for (const zh of simplified(text).matchAll(ZH)) {
    if (!zh[1] || !zh[2] || !isSpokespersonName(zh[2])) continue;
    const at = zh.index + zh[0].length;
    return { name: text.slice(at - zh[2].length, at), title: text.slice(zh.index, zh.index + zh[1].length).replace(LEADING_DATE, '') };
  }
  const before = EN_BEFORE.exec(text);
  const beforeName = englishName(before?.[2]);
  if (before?.[1] && beforeName) return { name: beforeName, title: before[1] };
  const after = EN_AFTER.exec(text);
  const afterName = englishName(after?.[1]);
  return after?.[2] && afterName ? { name: afterName, title: after[2] } : null;
}
