import { simplified } from './script';

/**
 * Lines that belong to the page rather than to anyone's speech. Each test reads one trimmed
 * line and looks at no more than its first few hundred characters, so a huge line costs little.
 */

const LONG = 200;

// Rule lines: `*****`, `＊＊＊`, `-----`, `———`, `.`, `·····`, `===`. An ellipsis alone is speech.
const SEPARATOR = /^(?:[.。·•*＊\-－—_=＝~～#＃+]\s*)+$/u;

/** A separator or rule line made only of `.`, `*`, `-`, `—`, `=`, `~`, `#` and the like. */
export function isSeparator(text: string): boolean {
  return text.length > 0 && text.length <= LONG && !/^[.。]{2,}$/u.test(text) && SEPARATOR.test(text);
}

// `（完）`, `【完】`, `-完-`, `完`, `END`, `END 12:59 P.M. EST`, `(END)`, `###`.
const END_MARK = /^(?:[(（【[［<〈-－—]*\s*(?:完|全文完|END|End)\s*[)）】\]］>〉\-－—]*|#{3}|END\b[\d\s:.APMapmESTDCUTG]*)$/u;

/** A line saying the transcript is over: `（完）`, `【完】`, `完`, `END 12:59 P.M. EST`. */
export function isEndMark(text: string): boolean {
  return text.length <= 40 && END_MARK.test(text);
}

const END_SUFFIX = /\s*[(（【[［]\s*完\s*[)）】\]］]$/u;

/** The text of a paragraph that closes with an end mark (`…谢谢各位。（完）` → `…谢谢各位。`), else null. */
export function beforeEndMark(text: string): string | null {
  const found = END_SUFFIX.exec(text.slice(-12));
  const rest = found ? text.slice(0, text.length - found[0].length) : '';
  return rest.trim() ? rest : null;
}

// Print, share and navigation links, editor credits, release times of government sites.
const CHROME = new RegExp(
  [
    '^(?:列印此页|寄给朋友|打印本页|打印此页|关闭窗口|关闭本页|返回顶部|返回首页|返回列表|回到顶部|我要纠错|收藏本页|字号[:：]?.*|分享到.*|扫一扫.*)$',
    '^(?:[【\\[](?:打印(?:本页|此页)?|关闭(?:窗口)?|纠错|我要纠错|字体|字号|收藏|大|中|小|返回(?:顶部)?|分享)[】\\]]\\s*)+$',
    '^[【[(（]?(?:责任编辑|编辑|责编|校对|审核|来源|Source|Editor)\\s*[:：].{0,40}$',
    '^(?:香港|北京|澳门)?时间\\s*\\d{1,2}\\s*时\\s*\\d{1,2}\\s*分$',
    '^(?:上一篇|下一篇|相关新闻|相关链接|相关阅读|延伸阅读|推荐阅读|热点推荐)(?:[:：\\s].{0,60})?$',
    '^(?:Print|Share|Email|Back to top|Related(?: articles| links)?)(?:[:\\s].{0,40})?$',
  ].join('|'),
  'u',
);

/** Site chrome: print and share links, editor credits, release time lines (`香港時間12時28分`), breadcrumbs. */
export function isChrome(text: string): boolean {
  return (text.length <= 80 && CHROME.test(simplified(text))) || isBreadcrumb(text);
}

// `首页 > 新闻发布 > 例行记者会`, `当前位置：首页 › 要闻`, `Home > Spokesperson's Remarks`: a site's path to the page.
const CRUMB_SEPARATOR = /\s*(?:>>?|＞|›|»|→)\s*/u;
const CRUMB_HOME = /^(?:(?:当前|您的|您现在的|现在的|所在)?位置\s*[:：]?\s*)?(?:首页|首頁|主页|网站首页|網站首頁|Home|HOME)$/u;
const CRUMB_LEAD = /^(?:当前|您的|您现在的|现在的|所在)位置\s*[:：]/u;
// One step of a path: a short name, no sentence punctuation.
const CRUMB_STEP = /^[^。！？!?；;，,：:“”"]{1,24}$/u;

/**
 * A breadcrumb: steps of a site's path joined by `>` (or `›`, `»`, `＞`), starting at the home
 * page (`首页 > 外交部发言人表态 > 答记者问`) or three or more short steps; also a `当前位置：…`
 * line. Site chrome, never a header or a speaker's words.
 */
export function isBreadcrumb(text: string): boolean {
  if (text.length > 160) return false;
  if (CRUMB_LEAD.test(text)) return true;
  const steps = text.split(CRUMB_SEPARATOR);
  if (steps.length < 2 || !steps.every((s) => CRUMB_STEP.test(s))) return false;
  return CRUMB_HOME.test(steps[0] ?? '') || steps.length >= 3;
}

const DATELINE =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:[(（]\s*(?:星期|周|週|礼拜)[一二三四五六日天]\s*[)）])?$/u;

/** A line holding only a date (`2020年3月26日（星期四）`): a release date, never speech. */
export function isDateline(text: string): boolean {
  return text.length <= 30 && DATELINE.test(text);
}

const NOTICE = /^(?:[(（][^()（）]{4,}[)）]|【[^【】]{4,}】|\[[^[\]]{4,}\])$/u;

/** A whole line in brackets (`（請同時參閱答問內容的英文部分。）`): after the last answer it ends the transcript. */
export function isNotice(text: string): boolean {
  return text.length <= LONG && NOTICE.test(text) && !isEndMark(text);
}

/** A short line without sentence punctuation: one entry of a list of links or site sections. */
export function isLinkLike(text: string): boolean {
  return Array.from(text).length <= 40 && !/[。！？!?；;…”」"，,、]$/u.test(text) && !/[。！？!?]/u.test(text);
}
