/**
 * Chinese interface text, the reference dictionary: its keys are the typed message keys.
 * `{name}` is a placeholder; an object with `one`/`other` is chosen by the count `n`.
 */
export const zh = {
  appName: 'Rostrum',
  appTagline: '新闻发布会实录阅读与批注',
  skipToContent: '跳到正文',
  mainNav: '主导航',
  navTranscripts: '实录',
  navChronicle: '大事记',
  languageSwitch: '界面语言',
  switchToOther: 'English',
  footerNote: '界面文字可切换语言；实录与大事记保持原文。',

  homeTitle: '新闻发布会实录',
  homeIntro: '选择一场发布会，按发言人、问答和时间阅读全文。',
  homeEmpty: '还没有导入任何实录。',
  homeEmptyHint: '运行 npm run db:seed 导入示例语料，或用 npm run transcript:import 导入文件。',
  heldAt: '举行时间',
  source: '来源',
  summary: '摘要',
  version: '版本',
  versionNumber: '第 {n} 版',
  turnCount: '{n} 段发言',
  speakerCount: '{n} 位发言人',
  timeUnknown: '时间不详',

  rosterTitle: '发言人',
  roleHost: '主持人',
  roleOfficial: '发布人',
  roleJournalist: '记者',
  roleOther: '其他',
  speakerTurns: '{n} 段',
  groupHost: '主持人',
  groupOfficial: '发布人',
  groupJournalist: '记者',
  groupOther: '其他发言人',

  timelineTitle: '发布会进程',
  timelineDesc: '横轴为时间（{start}–{end}），每位发言人一行，每段发言是一条从上一段结束到本段结束的色条；点击色条跳到该段。',
  timelineBar: '第 {n} 段：{speaker}，{from}–{to}',
  timelineUnavailable: '部分发言缺少时间，无法绘制进程图。',

  exchangesTitle: '问答',
  exchangesEmpty: '这场发布会没有识别出问答。',
  askedBy: '提问',
  answeredBy: '回答',

  filterTitle: '按发言人筛选',
  filterLabel: '发言人',
  filterAll: '全部发言人',
  filterApply: '筛选',
  filterClear: '清除筛选',
  filterStatus: '显示 {shown} / {total} 段发言',
  filterUnknown: '没有名为“{speaker}”的发言人。',

  turnsTitle: '实录全文',
  turnLabel: '第 {n} 段',
  turnPermalink: '第 {n} 段的链接',
  postedAt: '发布时间',

  chronicleTitle: '大事记',
  chronicleIntro: '按日期排列的事件记录。',
  chronicleEmpty: '还没有导入大事记。',
  chronicleDays: '日期',
  dateUnknown: '日期不详',
  entryCount: '{n} 条',

  notFoundTitle: '找不到这个页面',
  notFoundBody: '链接可能有误，或者这份实录已被移除。',
  backHome: '返回实录列表',
} as const satisfies Record<string, string | { one: string; other: string }>;
