import type { Locale } from './locale';

/**
 * Chinese for the messages the data layer and the input schemas write in English (the CLIs,
 * the JSON API and the tests read those). Each entry matches one English template; `$1`…
 * carry its values over. A message no entry matches keeps its English detail behind a Chinese
 * lead-in, so nothing reaches a Chinese reader untranslated.
 */
const ZH: ReadonlyArray<[RegExp, string]> = [
  [/^Not found$/, '找不到，或你没有权限查看'],
  [/^Please sign in first$/, '请先登录'],
  [/^The input is not valid$/, '输入有误'],
  [/^Someone changed this in the meantime; reload and try again$/, '其他人刚刚改过这里；请刷新后再试'],
  [/^Too many attempts; wait a moment and try again$/, '尝试次数太多；请稍后再试'],
  [/^This Idempotency-Key was already used for a different request$/, '这个 Idempotency-Key 已用于另一个请求'],
  [/^At most (\d+) annotations may be imported per hour; this file has (\d+)$/, '每小时最多导入 $1 条批注；这个文件有 $2 条'],
  [/^Something went wrong; try again$/, '出错了，请再试一次'],
  [/^An account with this email already exists$/, '这个邮箱已经注册过账号'],
  [/^Give the group a name$/, '请给小组起个名字'],
  [/^A join code has 10 characters$/, '加入码是 10 个字符'],
  [/^Not a join code$/, '这不是加入码'],
  [/^No active group has this join code$/, '没有使用这个加入码的小组（可能已更换或已归档）'],
  [/^A group needs an owner: make someone else owner first$/, '小组必须有负责人：请先把别人设为负责人'],
  [/^Use "leave group" to leave$/, '要离开小组，请用“离开小组”'],
  [/^You were removed from this group; ask its owner to let you back in$/, '你已被移出这个小组；请联系小组负责人让你重新加入'],
  [/^A group is only chosen with group visibility$/, '只有选择“小组可见”时才能指定小组'],
  [/^Choose the group that may read this( annotation)?$/, '请选择可以查看的小组'],
  [/^Give the assignment a title$/, '请给作业起个标题'],
  [/^Give the tag a name$/, '请填写标签名'],
  [/^The span is empty$/, '选中的范围是空的'],
  [/^Tag "(.+)" is not in the team's vocabulary$/, '标签“$1”不在团队的标签表里'],
  [/^Tag "(.+)" is longer than (\d+) characters$/, '标签“$1”超过 $2 个字'],
  [/^At most (\d+) tags$/, '最多 $1 个标签'],
  [/^Work for an assignment stays shared with its class$/, '作业中的批注只能对本班可见'],
  [/^Work for an assignment is shared with the assignment's class: choose group visibility for that class$/, '作业中的批注须对本班可见：请选择该班级的小组可见'],
  [/^turn (\d+) is outside the assignment's passage$/, '第 $1 段不在作业范围内'],
  [/^Evidence is required for status (\w+)(; create the claim, then add evidence)?$/, '这个核查状态需要证据：请先添加证据'],
  [/^That evidence does not belong to this claim$/, '这条证据不属于这个论断'],
  [/^That chronicle entry does not exist$/, '大事记里没有这一条'],
  [/^That news paragraph does not exist$/, '报道里没有这一段'],
  [/^Only http and https links are accepted( as evidence)?$/, '只接受 http 和 https 链接'],
  [/^The note is longer than (\d+) characters$/, '备注超过 $1 个字'],
  [/^A note may have at most (\d+) characters$/, '备注最多 $1 个字'],
  [/^Not a transcript page$/, '这不是实录页面'],
  [/^Choose a file$/, '请选择文件'],
  [/^The file is too large \(at most 4 MB\)$/, '文件太大（最多 4 MB）'],
  [/^Not JSON: (.*)$/, '不是 JSON 文件：$1'],
  [/^annotation (\d+): (.*)$/, '第 $1 条批注：$2'],
];

/** `message` in the reader's language (the English original for English readers). */
export function localizeErrorMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const [pattern, zh] of ZH) {
    if (!pattern.test(message)) continue;
    const translated = message.replace(pattern, zh);
    // "annotation N: …" wraps another message: translate the inner one too.
    return pattern.source.startsWith('^annotation') ? translated.replace(/：(.*)$/, (_, inner: string) => `：${localizeErrorMessage(inner, locale)}`) : translated;
  }
  return `输入有误：${message}`;
}
