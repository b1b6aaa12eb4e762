import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNewsDocument } from './parse-news-document';
import type { ParsedNewsDocument } from './types';

function parseSample(fileName: string): ParsedNewsDocument {
  const path = fileURLToPath(new URL(`../../prisma/seed/data/${fileName}`, import.meta.url));
  const result = parseNewsDocument(readFileSync(path, 'utf8'), { fileName });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Site furniture that must never reach the stored text, in both scripts. */
const DEBRIS = ['评论', '評論', '责任编辑', '責任編輯', '原标题', '原標題', '相关推荐', '相關推薦', '最新闻', '最新聞', '优质文档', '</a>'];

describe.each([
  {
    description: 'the traditional-Chinese site page (Chongqing)',
    fileName: 'news-2020-03-24-chongqing-belt-and-road.txt',
    expected: {
      title: '萬里連線 重慶將馳援“一帶一路”沿線三國抗疫',
      publishedOn: '2020-03-24',
      publishedAt: '2020-03-24T21:19:11+08:00',
      source: '上游新聞·重慶晨報記者 李晟',
      count: 14,
      first: '共建“一帶一路”,必須齊心協力、守望相助,即使相隔萬水千山,也一定能夠走出一條互利共贏的康莊大道!',
      last: '接下來,重慶還擬向包括西班牙在內的10個國家和國際組織提供醫療物資捐贈。',
    },
  },
  {
    description: 'the simplified site page (aid to 89 countries)',
    fileName: 'news-2020-03-27-aid-89-countries.txt',
    expected: {
      title: '我国已援助八十九个国家和四个国际组织',
      publishedOn: '2020-03-27',
      publishedAt: '2020-03-27T16:08:32+08:00',
      source: '人民日报',
      count: 5,
      first: /^人民日报3月26日消息,提供多语种的防控和诊疗方案,/,
      last: /^中国已对89个国家和4个国际组织实施抗疫援助。.*只有共同努力,才能战胜病魔。”$/,
    },
  },
  {
    description: 'the numbered page dump (foreign ministry review)',
    fileName: 'news-2020-foreign-ministry-review.txt',
    expected: {
      title: '同舟共济,守望相助',
      publishedOn: null,
      publishedAt: null,
      source: '外交部国际司',
      count: 11,
      first: /^新冠肺炎疫情发生后,以习近平同志为核心的党中央/,
      last: /践行外交人员“忠诚使命奉献的核心价值观。$/,
    },
  },
])('$description', ({ fileName, expected }) => {
  const doc = parseSample(fileName);

  it('has its title, date and source', () => {
    expect(doc).toMatchObject({
      title: expected.title,
      publishedOn: expected.publishedOn,
      publishedAt: expected.publishedAt,
      source: expected.source,
    });
  });

  it('keeps the body from its first to its last paragraph', () => {
    expect(doc.paragraphs).toHaveLength(expected.count);
    expect(doc.paragraphs[0]).toMatch(expected.first);
    expect(doc.paragraphs.at(-1)).toMatch(expected.last);
  });

  it('leaves out the site debris', () => {
    const text = [doc.title, ...doc.paragraphs].join('\n');
    for (const word of DEBRIS) expect(text).not.toContain(word);
    expect(text).not.toMatch(/\(\p{Script=Latin}+\)/u);
    expect(doc.paragraphs.every((p) => p.trim() === p && p.length > 0)).toBe(true);
  });
});

describe('the numbered page dump', () => {
  const doc = parseSample('news-2020-foreign-ministry-review.txt');
  const text = doc.paragraphs.join('');

  it.each([
    { description: 'pages 1/2 (推进经 / 济社会)', joined: '持续统筹推进经济社会运行秩序有序恢复' },
    { description: 'pages 2/3 (领导人 / 及联合国)', joined: '34位外国领导人及联合国秘书长' },
    { description: 'pages 3/4 (高 / 度赞赏)', joined: '受到各方高度赞赏。' },
    { description: 'pages 6/7 (维 / 护)', joined: '国际社会才能战胜疫情,维护人类共同家园。' },
  ])('joins $description', ({ joined }) => {
    expect(text).toContain(joined);
  });

  it('drops every page prefix and never splits a sentence', () => {
    expect(text).not.toMatch(/[^\d][1-7]、/);
    for (const paragraph of doc.paragraphs) expect(paragraph).toMatch(/[。！？”]$/);
  });
});
