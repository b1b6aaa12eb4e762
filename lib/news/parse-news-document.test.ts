import { describe, expect, it } from 'vitest';
import type { ParseError } from '@/lib/parse-result';
import { parseNewsDocument } from './parse-news-document';
import type { ParsedNewsDocument } from './types';

function parseOk(raw: string, fileName?: string): ParsedNewsDocument {
  const result = parseNewsDocument(raw, { fileName });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('parseNewsDocument', () => {
  it.each<{ description: string; raw: string; expected: Partial<ParsedNewsDocument> }>([
    {
      description: 'title and paragraphs only',
      raw: '标题\n\n第一段。\n第二段。',
      expected: { title: '标题', publishedOn: null, publishedAt: null, source: null, paragraphs: ['第一段。', '第二段。'] },
    },
    {
      description: 'a bare date line under the title',
      raw: '标题\n2020年3月27日\n第一段。',
      expected: { title: '标题', publishedOn: '2020-03-27', publishedAt: null, paragraphs: ['第一段。'] },
    },
    {
      description: 'a body paragraph that opens with a date is not a date line',
      raw: '标题\n2020年3月27日，国务院召开常务会议。',
      expected: { publishedOn: null, paragraphs: ['2020年3月27日，国务院召开常务会议。'] },
    },
    {
      description: 'the first paragraph glued onto a site timestamp',
      raw: '-\n标题\n最后更新: 2020-03-24 21:19:11第一段。\n第二段。\n- 原标题:标题\n- 责任编辑: 某某\n-\n其他新闻',
      expected: { publishedAt: '2020-03-24T21:19:11+08:00', paragraphs: ['第一段。', '第二段。'] },
    },
    {
      description: 'a closing reporter byline ends the body and names the source',
      raw: '标题\n第一段。\n(本报记者 张三)\n推荐文章',
      expected: { source: '本报记者 张三', paragraphs: ['第一段。'] },
    },
    {
      description: 'a 来源 line wins over a dateline',
      raw: '标题\n来源：人民日报\n新华社北京3月21日电 第一段。',
      expected: { source: '人民日报' },
    },
    {
      description: 'a link list without a heading: its first headline is taken back',
      raw: '标题\n第一段。\n另一篇新闻的标题\n2020-03-24 20:59 国际 -',
      expected: { paragraphs: ['第一段。'] },
    },
    {
      description: 'converter pinyin glosses are removed everywhere',
      raw: '統(tǒng)一安排\n齊心協(xié)力。\n- 責(zé)任編輯: 連政',
      expected: { title: '統一安排', paragraphs: ['齊心協力。'] },
    },
    {
      description: 'a first line that is a paragraph: title from the file name',
      raw: '第一段很长，没有标题。\n第二段。',
      expected: { title: 'Untitled article', paragraphs: ['第一段很长，没有标题。', '第二段。'] },
    },
  ])('$description', ({ raw, expected }) => {
    expect(parseOk(raw, 'news-2020-untitled-article.txt')).toMatchObject(expected);
  });

  it.each<{ description: string; raw: string; fileName?: string; expected: ParseError[] }>([
    { description: 'an empty file', raw: '', expected: [{ line: 1, message: 'no article text found' }] },
    { description: 'only separators', raw: '-\n\n-\n', expected: [{ line: 1, message: 'no article text found' }] },
    {
      description: 'a title with nothing under it but debris',
      raw: '\n标题\n相关推荐\n评论 3',
      expected: [{ line: 3, message: 'no article body found after the title "标题"' }],
    },
    {
      description: 'no title line and no file name',
      raw: '\n第一段很长，没有标题。',
      expected: [{ line: 2, message: 'cannot find a title: the first line reads as body text; pass a file name to name the document' }],
    },
  ])('reports $description', ({ raw, fileName, expected }) => {
    expect(parseNewsDocument(raw, { fileName })).toEqual({ ok: false, errors: expected });
  });
});
