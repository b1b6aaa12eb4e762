import type { ParseError } from '@/lib/parse-result';
import type { SourceLine } from './lines';
import { addParagraph, openTurn, tagOf, type LayoutSpec, type RawTurn, type Segmentation } from './segment';
import { matchStamp, type Stamp } from './times';

const noSpeaker = (line: number) => ({ line, message: 'expected a speaker line after the time line' });

/**
 * Live text, where the time comes first: a time line (`10:05`), then the speaker (`国家卫生健康委
 * 新闻发言人 米锋:` alone on a line, or `米锋：…` opening the paragraph), then the paragraphs. The
 * time belongs to the turn after it. A tag opens a turn right after a time line, or when its
 * label opened a turn after one elsewhere. A time line followed by no speaker is an error: who
 * speaks after it is unknown (and it is the sign of closing times, another layout).
 */
export function segmentLeadingTimes(lines: SourceLine[], from: number, style: LayoutSpec['style']): Segmentation {
  const body = lines.slice(from).filter((l) => l.text);
  const known = new Set<string>();
  body.forEach((l, i) => {
    const tag = i > 0 && matchStamp(body[i - 1]?.text ?? '') ? tagOf(style, l.text) : null;
    if (tag) known.add(tag.label);
  });

  const turns: RawTurn[] = [];
  const errors: ParseError[] = [];
  let current: RawTurn | null = null;
  let pending: { stamp: Stamp; line: number } | null = null;
  const close = () => {
    if (current && current.paragraphs.length === 0) errors.push({ line: current.line, message: `empty turn: "${current.label}" has no text` });
    if (current) turns.push(current);
    current = null;
  };

  for (const line of body) {
    const stamp = matchStamp(line.text);
    if (stamp) {
      if (pending) errors.push(noSpeaker(pending.line));
      pending = { stamp, line: line.number };
      continue;
    }
    const tag = tagOf(style, line.text);
    if (tag && (pending || known.has(tag.label))) {
      close();
      current = { ...openTurn(tag.label, line.number, tag.rest, pending?.line ?? line.number), stamp: pending?.stamp ?? null };
    } else {
      if (pending) errors.push(noSpeaker(pending.line));
      if (current) addParagraph(current, line.text, line.number);
    }
    pending = null;
  }
  if (pending) errors.push(noSpeaker(pending.line));
  close();
  return { turns, errors, absorbed: 0 };
}
