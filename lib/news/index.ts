/** Pure news parser: saved article text -> title, date, source and body paragraphs. */
export { parseNewsDocument } from './parse-news-document';
export { readDateLine, type DateLine } from './published-date';
export { joinPageChunks } from './page-chunks';
export { groupSentences, splitSentences, MIN_PARAGRAPH_LENGTH } from './paragraphs';
export { splitRunInTitle, type RunInTitle } from './run-in-title';
export { stripPinyinGlosses } from './strip-pinyin-glosses';
export { titleFromFileName } from './title-from-file-name';
export { normalizeText, toSourceLines } from '@/lib/chronicle/normalize-text';
export type { ParsedNewsDocument, ParseNewsOptions } from './types';
