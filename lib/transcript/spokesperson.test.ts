import { describe, expect, it } from 'vitest';
import { isBreadcrumb } from './line-kinds';
import { findSpokesperson } from './spokesperson';

describe('findSpokesperson', () => {
  it.each([
    { header: '2024年5月14日外交部发言人汪文澜主持例行记者会', name: '汪文澜', title: '外交部发言人' },
    { header: '外交部发言人周文澜就北岸国家议会通过涉华决议答记者问', name: '周文澜', title: '外交部发言人' },
    { header: '国家卫生健康委新闻发言人 米锋', name: '米锋', title: '国家卫生健康委新闻发言人' },
    { header: '国防部新闻发言人欧阳明远答记者问', name: '欧阳明远', title: '国防部新闻发言人' },
    { header: "Foreign Ministry Spokesperson Wang Wenlan's Regular Press Conference on May 14, 2024", name: 'Wang Wenlan', title: 'Spokesperson' },
    { header: 'Press Briefing by Press Secretary Jen Psaki', name: 'Jen Psaki', title: 'Press Secretary' },
  ])('$header → $name', ({ header, name, title }) => {
    expect(findSpokesperson(header)).toEqual({ name, title });
  });

  it.each([
    '外交部发言人表态 > 答记者问',
    '商务部新闻发言人谈话 关于出口管制',
    '海关总署新闻发言人答问',
    '某部发言人宣布 一项决定',
    '发言人办公室',
    '国家统计局新闻发言人应询 就数据答问',
    'Spokesperson Briefing Room',
    "Regular Press Conference of the Press Secretary Office",
  ])('%s names nobody', (header) => {
    expect(findSpokesperson(header)).toBeNull();
  });

  it('an English name never runs on into the next header line', () => {
    expect(findSpokesperson('Regular Press Conference by Spokesperson Chen Yuhang\nSeptember 12, 2023')?.name).toBe('Chen Yuhang');
  });

  it('a later header line still names the spokesperson after a section word', () => {
    expect(findSpokesperson('外交部发言人表态\n2024年5月14日外交部发言人汪文澜主持例行记者会')?.name).toBe('汪文澜');
  });
});

describe('isBreadcrumb', () => {
  it.each([
    '首页 > 外交部发言人表态 > 答记者问',
    '首页>新闻发布>例行新闻发布会',
    '当前位置：首页 › 要闻',
    '您的位置：首页 » 新闻中心 » 发言人谈话',
    "Home > Spokesperson's Remarks > Regular Press Conference",
    '新闻中心 ＞ 发布会 ＞ 文字实录',
  ])('%s is a breadcrumb', (text) => {
    expect(isBreadcrumb(text)).toBe(true);
  });

  it.each([
    '今年增速 > 5%，好于预期。',
    '问：A > B 吗？',
    '收益 > 成本',
    '我们认为，质量 > 数量，这是原则。',
  ])('%s is text', (text) => {
    expect(isBreadcrumb(text)).toBe(false);
  });
});
