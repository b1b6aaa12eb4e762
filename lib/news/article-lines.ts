/**
 * Recognisers for the lines around and after an article body on news sites. Each
 * pattern lists the simplified and the traditional spelling.
 */

/** A line of only dashes or similar: the sites' block separators. */
export function isSeparator(text: string): boolean {
  return /^[-—–_=*·|]+$/.test(text);
}

/** Editorial footers that end the body: `- 原标题:`, `- 責任編輯:`, `(完)`. */
const END_MARKER =
  /^-?\s*(?:原标题|原標題|责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|本文来源|本文來源)\s*[:：]|^[(（【[]\s*(?:完|终|終)\s*[)）】\]]$/;
/** Headings of the link blocks sites put under an article. */
const DEBRIS_HEAD =
  /^(?:相关推荐|相關推薦|相关阅读|相關閱讀|相关新闻|相關新聞|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门推荐|熱門推薦|猜你喜欢|猜你喜歡|热点新闻|熱點新聞|最新闻|最新聞)/;
/** `评论 109`: comment counters of a teaser list. */
const COMMENT_COUNTER = /(?:评论|評論)\s*\d+/;
/** `2020-03-24 20:59 新冠肺炎抗疫戰 -`: timestamp line under a headline in a link list. */
const LIST_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?!:)/;

/** True for a line after which no body text follows: footers and link-list debris. */
export function endsBody(text: string): boolean {
  return END_MARKER.test(text) || DEBRIS_HEAD.test(text) || COMMENT_COUNTER.test(text);
}

/** True for the timestamp line of a link-list item; the line before it is a headline. */
export function isListTimestamp(text: string): boolean {
  return LIST_TIMESTAMP.test(text);
}

/** A reporter byline on its own line: `(上游新聞·重慶晨報記者 李晟)` -> its inner text. */
export function readByline(text: string): string | null {
  const match = /^[(（]([^()（）]*(?:记者|記者|通讯员|通訊員|特约|特約)[^()（）]*)[)）]$/.exec(text);
  return match?.[1]?.trim() || null;
}

/** A source line: `来源：人民日报`, `（來源：新華社）` -> the outlet. */
export function readSourceLabel(text: string): string | null {
  const match = /^[(（]?\s*(?:来源|來源|稿源|出处|出處)\s*[:：]\s*([^()（）]+?)\s*[)）]?$/.exec(text);
  return match?.[1] || null;
}

/**
 * The outlet named in a dateline opening the first paragraph: `人民日报3月26日消息,`
 * -> `人民日报`, `新华社北京3月26日电` -> `新华社`. `本报…` ("this paper") names nobody.
 */
export function readDatelineSource(paragraph: string): string | null {
  const match = /^([^\s,，。:：]{2,20}?)\d{1,2}月\d{1,2}日(?:消息|电|電|讯|訊)/.exec(paragraph);
  const prefix = match?.[1];
  if (!prefix || /^本/.test(prefix)) return null;
  // The place of filing follows the outlet (新华社北京): cut after the outlet's suffix.
  const outlet = /^.+?(?:社|报|報|网|網|台|刊)/.exec(prefix)?.[0];
  return outlet ?? (prefix.length <= 12 ? prefix : null);
}
