import { toSourceLines, type SourceLine } from '@/lib/chronicle/normalize-text';
import { failed, parsed, type ParseResult } from '@/lib/parse-result';
import { isSeparator, readDatelineSource } from './article-lines';
import { joinPageChunks } from './page-chunks';
import { groupSentences } from './paragraphs';
import { readDateLine } from './published-date';
import { readBody, readHeader } from './read-article';
import { splitRunInTitle, type RunInTitle } from './run-in-title';
import { stripPinyinGlosses } from './strip-pinyin-glosses';
import { titleFromFileName } from './title-from-file-name';
import type { ParsedNewsDocument, ParseNewsOptions } from './types';

const NO_TITLE = 'cannot find a title: the first line reads as body text; pass a file name to name the document';
/** Headlines are short and do not end with a full stop; a first paragraph does. */
const MAX_TITLE_LENGTH = 80;
const TITLE_LABEL = /^(?:标题|標題)\s*[:：]\s*/;

/**
 * Parses a saved news article into title, date, source and body paragraphs, leaving out
 * the site's separators, link lists, comment counters and editorial footers. Pure: no
 * I/O, never throws. Handles:
 * - a site page: `-`, title, `最后更新: 2020-03-24 21:19:11` with the first paragraph
 *   glued on, one paragraph per line, a footer (`- 原标题:`, `- 責任編輯:`, a reporter
 *   byline), then debris; simplified or traditional, converter pinyin glosses removed;
 * - a plain article: title, optional date line (`2020年3月27日`), paragraphs;
 * - a numbered page dump (`1、…推进经` / `2、济社会…`): pages joined, paragraphs
 *   regrouped at sentence ends, title and byline split off a run-in start.
 * Errors (1-based `line`): no text at all; no title and no file name to fall back on;
 * a title with no body under it.
 */
export function parseNewsDocument(raw: string, options: ParseNewsOptions = {}): ParseResult<ParsedNewsDocument> {
  const lines = toSourceLines(stripPinyinGlosses(raw));
  const first = lines.findIndex((l) => l.text && !isSeparator(l.text));
  if (first === -1) return failed([{ line: 1, message: 'no article text found' }]);
  const pages = joinPageChunks(lines);
  return pages === null ? parseArticle(lines, first, options) : parsePageDump(pages, options);
}

function parseArticle(lines: SourceLine[], first: number, options: ParseNewsOptions): ParseResult<ParsedNewsDocument> {
  const firstLine = lines[first] ?? { line: 1, text: '' };
  const headline = firstLine.text.replace(TITLE_LABEL, '');
  let title: string | null = null;
  let runIn: RunInTitle | null = null;
  let bodyStart = first;
  if (!readDateLine(firstLine.text)) {
    if (looksLikeTitle(headline)) title = headline;
    else runIn = splitRunInTitle(headline);
    if (title || runIn) bodyStart = first + 1;
  }
  title ??= runIn?.title ?? titleFromFileName(options.fileName);
  if (!title) return failed([{ line: firstLine.line, message: NO_TITLE }]);

  const header = readHeader(lines, bodyStart);
  const lead = [runIn?.rest, header.glued].filter((p): p is string => Boolean(p));
  const body = readBody(lines, header.next, lead.length);
  const paragraphs = [...lead, ...body.paragraphs];
  if (!paragraphs.length) {
    return failed([{ line: firstLine.line + 1, message: `no article body found after the title "${title}"` }]);
  }
  const source =
    header.sourceLabel ??
    body.sourceLabel ??
    header.byline ??
    body.byline ??
    runIn?.source ??
    readDatelineSource(paragraphs[0] ?? '');
  return parsed({
    title,
    publishedOn: header.date?.publishedOn ?? null,
    publishedAt: header.date?.publishedAt ?? null,
    source,
    paragraphs,
  });
}

function parsePageDump(text: string, options: ParseNewsOptions): ParseResult<ParsedNewsDocument> {
  const [head = '', ...more] = text.split('\n').filter(Boolean);
  const runIn = splitRunInTitle(head);
  const title = runIn?.title ?? titleFromFileName(options.fileName);
  if (!title) return failed([{ line: 1, message: NO_TITLE }]);
  const paragraphs = [runIn?.rest ?? head, ...more].flatMap((block) => groupSentences(block));
  if (!paragraphs.length) return failed([{ line: 1, message: `no article body found after the title "${title}"` }]);
  // Page dumps carry no date line; a date in the text (4月25日) is an event, not publication.
  return parsed({ title, publishedOn: null, publishedAt: null, source: runIn?.source ?? null, paragraphs });
}

function looksLikeTitle(text: string): boolean {
  return [...text].length <= MAX_TITLE_LENGTH && !/。$/.test(text);
}
