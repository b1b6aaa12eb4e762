import { describe, expect, it } from 'vitest';
import { endsBody, isListTimestamp, isSeparator, readByline, readDatelineSource, readSourceLabel } from './article-lines';

describe('endsBody', () => {
  it.each([
    { description: 'simplified original-title footer', text: '- 原标题:我国已援助八十九个国家', expected: true },
    { description: 'traditional original-title footer', text: '- 原標題:萬里連線', expected: true },
    { description: 'traditional editor footer', text: '- 責任編輯: 連政', expected: true },
    { description: 'simplified editor footer without dash', text: '责任编辑：黄涛', expected: true },
    { description: 'end mark', text: '（完）', expected: true },
    { description: 'related-links heading', text: '相关推荐 -', expected: true },
    { description: 'traditional related-links heading', text: '相關推薦 -', expected: true },
    { description: 'comment counters', text: '“果然,中国说对了” 评论 109“剛剛” 評論 160', expected: true },
    { description: 'hot-news heading', text: '最新闻 Hot', expected: true },
    { description: 'a body paragraph mentioning editors', text: '编辑部收到了很多来信。', expected: false },
    { description: 'a body paragraph', text: '这是中国向“一带一路”沿线国家的承诺。', expected: false },
  ])('$description -> $expected', ({ text, expected }) => {
    expect(endsBody(text)).toBe(expected);
  });
});

describe('line recognisers', () => {
  it.each([
    { description: 'dash separator', check: () => isSeparator('-'), expected: true },
    { description: 'long rule', check: () => isSeparator('————'), expected: true },
    { description: 'text is no separator', check: () => isSeparator('- 原标题:'), expected: false },
    { description: 'link-list timestamp', check: () => isListTimestamp('2020-03-24 20:59 新冠肺炎抗疫戰 -'), expected: true },
    { description: 'site timestamp with seconds is not a list item', check: () => isListTimestamp('2020-03-24 21:19:11共建'), expected: false },
  ])('$description', ({ check, expected }) => {
    expect(check()).toBe(expected);
  });

  it.each([
    { description: 'traditional reporter byline', text: '(上游新聞·重慶晨報記者 李晟)', expected: '上游新聞·重慶晨報記者 李晟' },
    { description: 'full-width brackets', text: '（本报记者 张三）', expected: '本报记者 张三' },
    { description: 'an aside in brackets', text: '(网络会议)', expected: null },
  ])('readByline: $description', ({ text, expected }) => {
    expect(readByline(text)).toBe(expected);
  });

  it.each([
    { description: 'plain label', text: '来源：人民日报', expected: '人民日报' },
    { description: 'traditional label in brackets', text: '（來源：新華社）', expected: '新華社' },
    { description: 'no label', text: '人民日报', expected: null },
  ])('readSourceLabel: $description', ({ text, expected }) => {
    expect(readSourceLabel(text)).toBe(expected);
  });

  it.each([
    { description: 'newspaper dateline', text: '人民日报3月26日消息,提供多语种的防控方案', expected: '人民日报' },
    { description: 'agency dateline with place', text: '新华社北京3月21日电 应塞尔维亚请求', expected: '新华社' },
    { description: '"this paper" names nobody', text: '本报北京3月21日电 记者报道', expected: null },
    { description: 'no dateline', text: '3月26日,在国新办举行的新闻发布会上', expected: null },
  ])('readDatelineSource: $description', ({ text, expected }) => {
    expect(readDatelineSource(text)).toBe(expected);
  });
});
