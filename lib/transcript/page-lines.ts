import { isChrome, isEndMark, isSeparator } from './line-kinds';
import type { SourceLine } from './lines';

/** What the page around the transcript says: front matter and markdown headings. */
export interface PageInfo {
  /** `title:` of YAML front matter, else the first markdown heading, else null. */
  title: string | null;
  /** `date:` of YAML front matter as written, else null. */
  date: string | null;
}

const HEADING = /^#{1,6}\s+(\S.*?)\s*#*$/u;
const FRONT_KEY = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u;
// A label in markdown bold (`**MS. PSAKI:**`, `**问：**`) is still a label.
const BOLD_LABEL = /^(?:\*\*|__)([^*_]{1,60}?)(?:\*\*|__)\s*/u;

const unquote = (value: string) => value.replace(/^(["'])(.*)\1$/u, '$2').trim();

/** Line indexes of a YAML front matter block (`---` … `---` first in the file), or null. */
function frontMatter(lines: SourceLine[]): { from: number; to: number } | null {
  const first = lines.findIndex((l) => l.text !== '');
  if (first < 0 || lines[first]?.text !== '---') return null;
  for (let i = first + 1; i < Math.min(lines.length, first + 60); i++) {
    const text = lines[i]?.text ?? '';
    if (text === '---' || text === '...') return { from: first, to: i };
    if (text && !FRONT_KEY.test(text) && !/^-\s/u.test(text)) return null;
  }
  return null;
}

/**
 * Blanks the lines the page put around and between turns, keeping their numbers so errors
 * still point at the file: rule lines, end marks, site chrome, YAML front matter and markdown
 * headings get `text: ''` and a `skip` reason. Returns the new lines and what the page said.
 */
export function maskPageLines(input: SourceLine[]): { lines: SourceLine[]; page: PageInfo } {
  const page: PageInfo = { title: null, date: null };
  const front = frontMatter(input);
  const lines = input.map((line, i): SourceLine => {
    const { text } = line;
    if (!text) return line;
    if (front && i >= front.from && i <= front.to) {
      const [, key, value] = FRONT_KEY.exec(text) ?? [];
      if (key === 'title' && value) page.title = unquote(value);
      if (key === 'date' && value) page.date = unquote(value);
      return { ...line, text: '', skip: 'meta' };
    }
    const heading = text.length <= 300 ? HEADING.exec(text) : null;
    if (heading) {
      page.title ??= heading[1] ?? null;
      return { ...line, text: '', skip: 'meta' };
    }
    if (isEndMark(text)) return { ...line, text: '', skip: 'end' };
    if (isSeparator(text)) return { ...line, text: '', skip: 'separator' };
    if (isChrome(text)) return { ...line, text: '', skip: 'chrome' };
    const bold = text.startsWith('**') || text.startsWith('__') ? BOLD_LABEL.exec(text) : null;
    return bold ? { ...line, text: `${bold[1]} ${text.slice(bold[0].length)}`.trim() } : line;
  });
  return { lines, page };
}
