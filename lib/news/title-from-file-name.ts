/**
 * A last-resort title from the file name, for documents whose text does not start with
 * one: `news-2020-foreign-ministry-review.txt` -> `Foreign ministry review`. The
 * `news-` prefix and dates are dropped as they name the collection, not the article.
 */
export function titleFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const words = base
    .replace(/^(?:news|article|新闻|新聞)(?=[-_\s])/i, '')
    .replace(/(?<!\d)(?:19|20)\d{2}(?:[-_.]\d{1,2}){0,2}(?!\d)/g, ' ')
    .split(/[-_\s]+/)
    .filter(Boolean);
  if (!words.length) return null;
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
