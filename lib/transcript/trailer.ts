import { beforeEndMark, isDateline, isLinkLike, isNotice } from './line-kinds';
import type { SourceLine } from './lines';
import type { RawTurn } from './segment';

/** Where the transcript ends, and lines cut from the last turn that nobody said. */
export interface TranscriptEnd {
  /** Turns with the last one trimmed. */
  turns: RawTurn[];
  /** 1-based last line of the transcript: what follows is the page's (excluded from coverage). */
  end: number;
  /** 1-based lines cut from the end of the last turn that look like a list of links: unplaced text. */
  links: number[];
}

/** Fewest short unpunctuated lines in a row at the end that make a list of links, not a speech. */
const LINK_RUN = 3;

/**
 * Ends the transcript. A layout with closing times ends at the last time line (`closedAt`).
 * Otherwise the last turn runs until the first end mark, rule line, site chrome, notice in
 * brackets or release date after its tag (`（完）`, `*****`, `列印此页`, `（請同時參閱…）`,
 * `2020年3月26日（星期四）`), and a run of short lines without punctuation at its end is a
 * list of links: cut from the turn and reported as unplaced.
 */
export function endTranscript(turns: RawTurn[], lines: SourceLine[], closedAt: number | null): TranscriptEnd {
  const last = turns[turns.length - 1];
  if (!last) return { turns, end: lines.length, links: [] };
  if (closedAt !== null) return { turns, end: closedAt, links: [] };
  const paragraphs = [...last.paragraphs];
  const at = [...last.paragraphLines];
  let end = lines.length;
  let k = 0; // index of the paragraph at or after the current line (paragraph lines ascend)
  for (let i = last.line; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    while (k < at.length && (at[k] ?? 0) < line.number) k++;
    const isParagraph = at[k] === line.number;
    const mark = line.skip === 'end' || line.skip === 'separator' || line.skip === 'chrome';
    // The turn keeps its first paragraph whatever it looks like.
    if (mark || (isParagraph && k > 0 && (isNotice(line.text) || isDateline(line.text)))) {
      end = line.number - 1;
      paragraphs.length = at.length = Math.min(at.length, Math.max(k, 1));
      break;
    }
    const closing = isParagraph ? beforeEndMark(line.text) : null;
    if (closing !== null) {
      paragraphs.length = at.length = k + 1;
      paragraphs[k] = closing;
      end = line.number;
      break;
    }
  }
  let run = 0;
  while (run < paragraphs.length - 1 && isLinkLike(paragraphs[paragraphs.length - 1 - run] ?? '')) run++;
  const links = run >= LINK_RUN ? at.splice(at.length - run) : [];
  if (links.length > 0) paragraphs.length = at.length;
  const trimmed: RawTurn = { ...last, paragraphs, paragraphLines: at, end: at[at.length - 1] ?? last.line };
  return { turns: [...turns.slice(0, -1), trimmed], end: Math.max(end === lines.length ? trimmed.end : end, trimmed.end), links };
}
