import { parseDateHeading, type DateHeading } from './date-heading';
import type { SourceLine } from './normalize-text';

/** A non-blank chronicle line and what it is. */
export type ChronicleLine =
  | { kind: 'heading'; line: number; text: string; heading: DateHeading }
  | { kind: 'entry'; line: number; text: string }
  | { kind: 'text'; line: number; text: string }
  | { kind: 'artefact'; line: number; text: string; reason: string };

/** Bullets that start an entry: ◆ in the printed chronicle, the others from re-typed copies. */
const BULLET = /^[◆●•■]\s*/;
/** Newspaper jump lines: `(上接7版)`, `（下转8版）`, also found glued to the end of a column. */
const PAGE_MARKER =
  /[(（]\s*(?:上接|下转|下轉|转|轉|接|续|續)\s*(?:第\s*)?[0-9０-９一二三四五六七八九十]+\s*(?:版|页|頁)\s*[)）]/g;
const PAGE_NUMBER =
  /^(?:[-—–]\s*)?[0-9０-９]{1,4}(?:\s*[-—–])?$|^第\s*[0-9０-９]{1,4}\s*[页頁版]$|^[0-9]{1,4}\s*\/\s*[0-9]{1,4}$/;
const SENTENCE_PUNCTUATION = /[。！？!?；;]/;
/** Running heads are short; a longer unpunctuated line is more likely broken text. */
const MAX_HEADER_LENGTH = 60;

/**
 * Sorts every non-blank line into a date heading, an entry start (bullet removed),
 * a print artefact, or other text. Artefacts are page markers, page numbers and running
 * headers: unpunctuated short lines that appear before the first entry or heading, or
 * more than once (a page's repeated title). The first running header is the title.
 */
export function classifyLines(source: SourceLine[]): { lines: ChronicleLine[]; title: string | null } {
  const lines: ChronicleLine[] = [];
  for (const { line, text: raw } of source) {
    const markers = raw.match(PAGE_MARKER) ?? [];
    for (const marker of markers) lines.push({ kind: 'artefact', line, text: marker, reason: 'page marker' });
    const text = markers.length ? raw.replace(PAGE_MARKER, '').trim() : raw;
    if (!text) continue;
    if (BULLET.test(text)) {
      lines.push({ kind: 'entry', line, text: text.replace(BULLET, '').trim() });
      continue;
    }
    const heading = parseDateHeading(text);
    if (heading) lines.push({ kind: 'heading', line, text, heading });
    else if (PAGE_NUMBER.test(text)) lines.push({ kind: 'artefact', line, text, reason: 'page number' });
    else lines.push({ kind: 'text', line, text });
  }
  return markRunningHeaders(lines);
}

function markRunningHeaders(lines: ChronicleLine[]): { lines: ChronicleLine[]; title: string | null } {
  const firstContent = lines.findIndex((l) => l.kind === 'entry' || l.kind === 'heading');
  const counts = new Map<string, number>();
  for (const l of lines) if (l.kind === 'text') counts.set(l.text, (counts.get(l.text) ?? 0) + 1);

  let title: string | null = null;
  const marked: ChronicleLine[] = [];
  for (const [index, l] of lines.entries()) {
    const beforeContent = firstContent === -1 || index < firstContent;
    const isHeader =
      l.kind === 'text' && looksLikeHeader(l.text) && (beforeContent || (counts.get(l.text) ?? 0) >= 2);
    if (!isHeader) {
      marked.push(l);
      continue;
    }
    // Only the first header is the title; later copies of it are page heads like any other.
    const reason = title === null ? 'document title' : 'running header';
    marked.push({ kind: 'artefact', line: l.line, text: l.text, reason });
    title ??= l.text;
  }
  return { lines: marked, title };
}

function looksLikeHeader(text: string): boolean {
  return text.length <= MAX_HEADER_LENGTH && !SENTENCE_PUNCTUATION.test(text);
}
