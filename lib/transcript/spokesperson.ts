import { simplified } from './script';
import { isPersonalName } from './titles';

/** The spokesperson a header names, with the title written before the name. */
export interface Spokesperson {
  name: string;
  /** `外交部发言人`, `Press Secretary`. */
  title: string;
}

// `2020年3月26日外交部发言人耿爽主持例行记者会`, `外交部发言人耿爽就…答记者问`, `…新闻发言人 米锋`.
const ZH = /([^\s，。；：、,;:（）()]{0,24}?发言人)[\s\u3000]*(\p{Script=Han}{2,4}?)(?=主持|就|答|表示|宣布|介绍|回答|[:：\s，,]|$)/u;
const LEADING_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午)?/u;
const EN_BEFORE = /\b(Press Secretary|Spokesperson|Spokesman|Spokeswoman|Deputy Spokesperson)\s+((?:[A-Z][a-z'’-]+\.?\s+){1,2}[A-Z][a-zA-Z'’-]+)/u;
const EN_AFTER = /\b((?:[A-Z][a-z'’-]+\.?\s+){1,2}[A-Z][a-zA-Z'’-]+),\s+((?:Department\s+|Deputy\s+)?(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary))/u;

/**
 * The spokesperson named in header lines (`外交部发言人耿爽主持例行记者会` → 耿爽, title 外交部发言人;
 * `Press Briefing by Press Secretary Jen Psaki` → Jen Psaki), or null. A date before the title
 * is not part of it. Reads the first 2,000 characters only.
 */
export function findSpokesperson(header: string): Spokesperson | null {
  const text = header.slice(0, 2000);
  const zh = ZH.exec(simplified(text));
  if (zh?.[1] && zh[2] && isPersonalName(zh[2])) {
    const at = zh.index + zh[0].length;
    return { name: text.slice(at - zh[2].length, at), title: text.slice(zh.index, zh.index + zh[1].length).replace(LEADING_DATE, '') };
  }
  const before = EN_BEFORE.exec(text);
  if (before?.[1] && before[2]) return { name: before[2], title: before[1] };
  const after = EN_AFTER.exec(text);
  return after?.[1] && after[2] ? { name: after[1], title: after[2] } : null;
}
