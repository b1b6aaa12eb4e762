import type { SourceLine } from '@/lib/chronicle/normalize-text';
import { endsBody, isListTimestamp, isSeparator, readByline, readSourceLabel } from './article-lines';
import { readDateLine, type DateLine } from './published-date';

/** What the lines under the title say before the body starts. */
export interface ArticleHeader {
  date: DateLine | null;
  sourceLabel: string | null;
  byline: string | null;
  /** First body paragraph when the site glued it onto the date line. */
  glued: string | null;
  /** Index of the first line after the header. */
  next: number;
}

/** The date, source and byline lines sit right under the title; a few at most. */
const MAX_HEADER_LINES = 4;

/**
 * Reads the metadata lines right under the title: a publication date (labelled, with the
 * first paragraph possibly glued on, or bare), a `来源:` line, a byline, separators.
 * Stops at the first other line, which starts the body.
 */
export function readHeader(lines: SourceLine[], start: number): ArticleHeader {
  const header: ArticleHeader = { date: null, sourceLabel: null, byline: null, glued: null, next: start };
  let seen = 0;
  for (let i = start; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const text = lines[i]?.text ?? '';
    header.next = i;
    if (!text) continue;
    seen++;
    const date = header.date ? null : readDateLine(text);
    if (date) {
      header.date = date;
      if (date.labelled && date.rest) {
        header.glued = date.rest;
        header.next = i + 1;
        return header;
      }
      if (date.rest) header.sourceLabel ??= readSourceLabel(date.rest) ?? date.rest;
    } else if (isSeparator(text)) {
      // separators between header blocks carry nothing
    } else if (readSourceLabel(text)) {
      header.sourceLabel ??= readSourceLabel(text);
    } else if (readByline(text)) {
      header.byline ??= readByline(text);
    } else {
      return header;
    }
    header.next = i + 1;
  }
  return header;
}

/** Body paragraphs and the source lines met on the way. */
export interface ArticleBody {
  paragraphs: string[];
  sourceLabel: string | null;
  byline: string | null;
}

/**
 * Reads body paragraphs (one per non-blank line) from `start` until the article ends:
 * at an editorial footer (`- 原标题:`, `- 责任编辑:`, `(完)`), a closing reporter byline,
 * a separator line, or the start of link-list debris (`相关推荐`, `评论 109`, or a
 * headline's `2020-03-24 20:59 …` timestamp, whose headline is then taken back).
 * `already` counts paragraphs found before `start`, so a byline above the body is
 * read as metadata rather than as the end.
 */
export function readBody(lines: SourceLine[], start: number, already = 0): ArticleBody {
  const body: ArticleBody = { paragraphs: [], sourceLabel: null, byline: null };
  const hasBody = () => already + body.paragraphs.length > 0;
  for (const { text } of lines.slice(start)) {
    if (!text) continue;
    const sourceLabel = readSourceLabel(text);
    if (sourceLabel) {
      body.sourceLabel ??= sourceLabel;
      continue;
    }
    const byline = readByline(text);
    if (byline) {
      body.byline ??= byline;
      if (hasBody()) break;
      continue;
    }
    if (endsBody(text)) break;
    if (isSeparator(text)) {
      if (hasBody()) break;
      continue;
    }
    if (isListTimestamp(text)) {
      body.paragraphs.pop();
      break;
    }
    body.paragraphs.push(text);
  }
  return body;
}
