import type { TranscriptHeader } from './header';
import { isSpeakerLabel } from './labels';
import type { SourceLine } from './lines';
import { simplified } from './script';
import { addParagraph, openTurn, type RawTurn, type Segmentation } from './segment';
import { endsWithPosition, isPersonalName, splitTitledLabel } from './titles';

const isHostLine = (text: string) => /^主持人?$/u.test(simplified(text));
// `国务院新闻办公室新闻局副局长、新闻发言人`: a position word at the end, no sentence punctuation.
const isTitleLine = (text: string) =>
  Array.from(text).length <= 40 && endsWithPosition(text) !== null && isSpeakerLabel(text.replace(/、/gu, ''));
const isJournalistLine = (text: string) => text.length <= 30 && /^.{0,24}记者$/u.test(simplified(text)) && isSpeakerLabel(text);

interface Block {
  label: string;
  /** Lines the block takes up. */
  size: number;
  hint: string;
}

/**
 * The speaker block starting at `at` in `filled`: an optional `主持人` line, then a title line and
 * a name line (`国家卫生健康委副主任` / `曾益新`), a title and name on one line, a name already
 * introduced, a bare `主持人`, or a journalist line (`中央广播电视总台央视记者`). Null otherwise.
 */
function blockAt(filled: SourceLine[], at: number, names: Set<string>): Block | null {
  const text = (k: number) => filled[k]?.text ?? '';
  // Every block starts with a short line without a colon or sentence punctuation: paragraphs and
  // `名：` tags are ruled out before any lookup.
  if (text(at).length > 40 || /[:：，。？！,?!；;]/u.test(text(at))) return null;
  const host = isHostLine(text(at));
  const j = host ? at + 1 : at;
  const chair = host ? '主持' : '';
  if (isTitleLine(text(j)) && isPersonalName(text(j + 1))) {
    return { label: text(j + 1), size: j + 2 - at, hint: `${text(j)}${text(j + 1)}${chair}` };
  }
  const titled = text(j).length <= 40 ? splitTitledLabel(text(j)) : null;
  if (titled && !/[:：]/u.test(text(j))) return { label: text(j), size: j + 1 - at, hint: `${titled.title}${titled.name}${chair}` };
  if (isPersonalName(text(j)) && (host || names.has(text(j)))) return { label: text(j), size: j + 1 - at, hint: `${text(j)}${chair}` };
  if (host) return { label: text(at), size: 1, hint: '' };
  return isJournalistLine(text(at)) ? { label: text(at), size: 1, hint: '' } : null;
}

/**
 * Official transcripts whose speaker lines have no colon: `主持人` / title / name lines, bare
 * journalist lines, and later the name alone. A block opens a turn only when a paragraph follows
 * it; the names it introduces (and those the header names) are recognised alone afterwards.
 */
export function segmentLabelBlocks(lines: SourceLine[], header: TranscriptHeader): Segmentation {
  const filled = lines.slice(header.hasMarker ? header.bodyFrom : 0).filter((l) => l.text);
  const names = new Set<string>();
  const turns: RawTurn[] = [];
  const errors: Segmentation['errors'] = [];
  let current: RawTurn | null = null;
  for (let k = 0; k < filled.length; k++) {
    const line = filled[k] as SourceLine;
    const block = blockAt(filled, k, names) ?? (isPersonalName(line.text) && header.text.includes(line.text) ? { label: line.text, size: 1, hint: '' } : null);
    const next = filled[k + (block?.size ?? 0)];
    if (block && next && !blockAt(filled, k + block.size, names)) {
      if (current) turns.push(current);
      current = { ...openTurn(block.label, (filled[k + block.size - 1] as SourceLine).number, '', line.number), hint: block.hint || undefined };
      const name = block.hint ? splitTitledLabel(block.hint.replace(/主持$/u, ''))?.name : null;
      names.add(name ?? block.label);
      k += block.size - 1;
    } else if (current) {
      addParagraph(current, line.text, line.number);
    }
  }
  if (current) turns.push(current);
  return { turns, errors, absorbed: 0 };
}
