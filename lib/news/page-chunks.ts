import { endsSentence } from '@/lib/chronicle/sentences';
import type { SourceLine } from '@/lib/chronicle/normalize-text';

/** `3、`: the page number a document-sharing site puts before each page's text. */
const CHUNK_PREFIX = /^(\d{1,4})、/;
/** Labels such sites stamp into the text (`1、优质文档同舟共济…`). */
const DOC_SITE_DEBRIS = /优质文档|優質文檔|精品文档|精品文檔|优秀文档|優秀文檔/g;

/**
 * Rebuilds a document that a sharing site dumped as numbered pages (`1、…推进经`,
 * `2、济社会…`). It counts as such only when the first line starts with `1、`, the
 * prefixes run 1、2、3… at line starts, and at least one page ends mid-sentence; a
 * numbered list in an ordinary article ends each item with a full stop and is left
 * alone. Prefixes are removed and pages concatenated without a separator, since the
 * page break cuts words in half. Other lines inside a page stay on their own lines.
 * Returns null when the text is not laid out this way.
 */
export function joinPageChunks(lines: SourceLine[]): string | null {
  const content = lines.filter((l) => l.text);
  if (!content[0]?.text.startsWith('1、')) return null;

  const pages: string[][] = [];
  for (const { text } of content) {
    const prefix = CHUNK_PREFIX.exec(text);
    const page = pages.at(-1);
    if (prefix && Number(prefix[1]) === pages.length + 1) pages.push([clean(text.slice(prefix[0].length))]);
    else page?.push(clean(text));
  }
  const cutMidSentence = pages.slice(0, -1).some((page) => !endsSentence(page.at(-1) ?? ''));
  if (pages.length < 2 || !cutMidSentence) return null;
  return pages.map((page) => page.join('\n')).join('');
}

function clean(text: string): string {
  return text.replace(DOC_SITE_DEBRIS, '').trim();
}
