/**
 * Bodies that sign official articles, used to find where a run-in title ends and the
 * byline starts (`同舟共济,守望相助外交部国际司新冠肺炎…`). Chinese has no spaces, so
 * without knowing the names the boundary cannot be found. Add a name here when an
 * import names the wrong title; longer names must not be shadowed by shorter ones
 * (the pattern below tries longer names first).
 */
export const ORGANISATIONS = [
  '外交部', '国防部', '国家发展和改革委员会', '国家发展改革委', '教育部', '科学技术部', '科技部',
  '工业和信息化部', '公安部', '民政部', '司法部', '财政部', '人力资源和社会保障部', '自然资源部',
  '生态环境部', '住房和城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部', '文化和旅游部',
  '国家卫生健康委员会', '国家卫生健康委', '国家卫健委', '应急管理部', '中国人民银行', '审计署',
  '海关总署', '国家市场监督管理总局', '国家药品监督管理局', '国家移民管理局', '国家国际发展合作署',
  '国务院新闻办公室', '国务院新闻办', '国新办', '国务院联防联控机制', '中国疾病预防控制中心',
  '中国疾控中心', '新华社', '中新社', '中国新闻社', '中新网', '人民日报', '光明日报', '经济日报',
  '中国日报', '环球时报', '央视新闻', '中央广播电视总台', '求是',
  '國防部', '國務院新聞辦公室', '國家衛生健康委員會', '新華社', '人民日報',
];

const byLength = [...ORGANISATIONS].sort((a, b) => b.length - a.length);

/**
 * An organisation, optionally followed by one of its departments (`外交部国际司`,
 * `国家卫生健康委医政医管局`). The department part is lazy so it stops at the first
 * department suffix instead of running into the text that follows.
 */
export const ORGANISATION_PATTERN = new RegExp(
  `(?:${byLength.join('|')})(?:\\p{Script=Han}{1,6}?(?:司|局|处|處|室|厅|廳|中心|办|辦))?`,
  'u',
);
