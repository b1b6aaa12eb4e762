import { describe, expect, it } from 'vitest';
import { readHeader, titleFromSummary, withoutSiteName } from './header';
import { splitLines } from './lines';

const SUMMARY =
  '国务院新闻办公室于2020年3月26日（星期四）上午10时举行新闻发布会，请外交部副部长罗照辉、科技部副部长徐南平、卫生健康委副主任曾益新、国际发展合作署副署长邓波清介绍中国关于抗击疫情的国际合作情况，并答记者问。';
const SEED_TITLE = '国务院新闻办公室新闻发布会：中国关于抗击疫情的国际合作情况';

describe('titleFromSummary', () => {
  it.each([
    { description: 'seed: organizer + kind + topic after 介绍', summary: SUMMARY, title: SEED_TITLE },
    { description: 'topic after 就 … 举行', summary: '国务院新闻办公室于2020年4月2日就疫情防控举行新闻发布会。', title: '国务院新闻办公室新闻发布会：疫情防控' },
    { description: 'kind 吹风会', summary: '国务院新闻办公室于2020年4月2日举行政策例行吹风会，请有关负责人介绍复工复产情况，并答记者问。', title: '国务院新闻办公室吹风会：复工复产情况' },
    { description: '介绍有关情况 names no topic', summary: '国务院新闻办公室于2020年4月1日上午10时举行新闻发布会，请商务部副部长王炳南介绍有关情况。', title: '国务院新闻办公室新闻发布会' },
    { description: 'no topic', summary: '外交部于2020年3月26日举行例行记者会。', title: '外交部记者会' },
    { description: 'no organizer or topic', summary: '欢迎收看', title: null },
  ])('$description', ({ summary, title }) => {
    expect(titleFromSummary(summary)).toBe(title);
  });
});

describe('readHeader', () => {
  it.each([
    {
      description: 'seed header: source tag, summary, marker',
      text: `【财新网】\n${SUMMARY}\n以下为文字实录：\n胡凯红:`,
      header: { title: SEED_TITLE, source: '财新网', summary: SUMMARY, date: '2020-03-26', heldAt: '2020-03-26T10:00:00+08:00', bodyFrom: 3, hasMarker: true },
    },
    {
      description: 'a plain title line comes first',
      text: `中国关于抗击疫情的国际合作情况发布会\n${SUMMARY}\n以下为文字实录\n胡凯红:`,
      header: { title: '中国关于抗击疫情的国际合作情况发布会', source: null, summary: SUMMARY, bodyFrom: 3, hasMarker: true },
    },
    {
      description: 'no marker: the header ends at the first speaker line, the source tag aside',
      text: `【财新网】\n${SUMMARY}\n\n【胡凯红】\n女士们`,
      header: { title: SEED_TITLE, source: '财新网', summary: SUMMARY, bodyFrom: 3, hasMarker: false },
    },
    {
      description: 'source tag inline before the summary',
      text: `【财新网】${SUMMARY}\n胡凯红：女士们`,
      header: { title: SEED_TITLE, source: '财新网', summary: SUMMARY, bodyFrom: 1, hasMarker: false },
    },
    {
      description: 'a dated title line gives way to the summary that says the hour (heldAt)',
      text: '国家医疗保障局2023年6月8日新闻发布会文字实录\n发布时间：2023-06-08 17:05\n国家医疗保障局于2023年6月8日（星期四）上午9时30分召开新闻发布会，介绍有关情况。\n主持人：',
      header: { title: '国家医疗保障局2023年6月8日新闻发布会文字实录', heldAt: '2023-06-08T09:30:00+08:00', date: '2023-06-08' },
    },
    {
      description: 'a summary sentence without a year: the undated first line is the title, not 文字实录',
      text: '水利部6月例行新闻发布会\n2023-06-20\n6月20日上午，水利部举行例行新闻发布会，介绍防汛工作。\n主持人：',
      header: { title: '水利部6月例行新闻发布会', summary: '6月20日上午，水利部举行例行新闻发布会，介绍防汛工作。', heldAt: null },
    },
    {
      description: 'a page title drops the site name after _ or ｜',
      text: '2023年6月8日外交部发言人林海声主持例行记者会_中华人民共和国外交部\n问：',
      header: { title: '外交部发言人林海声主持例行记者会', summary: '2023年6月8日外交部发言人林海声主持例行记者会', date: '2023-06-08' },
    },
    {
      description: 'an English title is the briefing line, not the site section before it',
      text: 'The White House\nBriefing Room\nPress Briefings\nPress Briefing by Press Secretary Dana Harlow\nMarch 9, 2023\nMS. HARLOW:',
      header: { title: 'Press Briefing by Press Secretary Dana Harlow', date: '2023-03-09' },
    },
    {
      description: 'no header at all',
      text: '胡凯红:\n女士们',
      header: { title: '文字实录', source: null, summary: null, date: null, heldAt: null, bodyFrom: 0, hasMarker: false },
    },
  ])('$description', ({ text, header }) => {
    expect(readHeader(splitLines(text), '+08:00')).toMatchObject(header);
  });
});

describe('withoutSiteName', () => {
  it.each([
    { title: '外交部发言人林海声主持例行记者会_中华人民共和国外交部', want: '外交部发言人林海声主持例行记者会' },
    { title: '国务院新闻办新闻发布会实录｜中国网', want: '国务院新闻办新闻发布会实录' },
    { title: '国家卫健委新闻发布会文字实录 - 新华网', want: '国家卫健委新闻发布会文字实录' },
    { title: 'Department Press Briefing - Lena Ortiz, Department Spokesperson', want: 'Department Press Briefing - Lena Ortiz, Department Spokesperson' },
    { title: '商务部例行新闻发布会_2023年实录', want: '商务部例行新闻发布会_2023年实录' },
    { title: '记者会_外交部', want: '记者会_外交部' },
  ])('$title', ({ title, want }) => {
    expect(withoutSiteName(title)).toBe(want);
  });
});
