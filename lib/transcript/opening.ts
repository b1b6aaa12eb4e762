import { HEADER_LINES, isHeaderLike, type TranscriptHeader } from './header';
import { simplified } from './script';
import type { SourceLine } from './lines';
import type { RawTurn, Segmentation } from './segment';

/**
 * The spokesperson's opening turn: when the header names a spokesperson (`…发言人耿爽主持例行
 * 记者会`), the unlabelled paragraphs between the header and the first turn are their
 * announcements. Header lines are those up to a marker, or else the header-like lines among
 * the first dozen before any paragraph (the rule coverage uses). Without a spokesperson, or
 * with nothing between, the segmentation is returned as it was.
 */
export function addOpeningTurn(seg: Segmentation, lines: SourceLine[], header: TranscriptHeader): Segmentation {
  const speaker = header.spokesperson?.name;
  const first = seg.turns[0];
  if (!speaker || !first) return seg;
  const paragraphs: string[] = [];
  const at: number[] = [];
  let headerLines = 0;
  for (let i = 0; i < first.from - 1; i++) {
    const line = lines[i] as SourceLine;
    if (!line.text || (header.hasMarker && i < header.bodyFrom)) continue;
    if (!header.hasMarker && at.length === 0 && headerLines < HEADER_LINES && isHeaderLike(line.text)) {
      headerLines++;
      continue;
    }
    paragraphs.push(line.text);
    at.push(line.number);
  }
  const start = at[0];
  if (start === undefined) return seg;
  const opening: RawTurn = { label: speaker, line: start, from: start, paragraphs, paragraphLines: at, stamp: null, end: at[at.length - 1] ?? start };
  // Text before the first tag was reported as speakerless; it is the opening now.
  const errors = seg.errors.filter((e) => e.line >= first.line || !e.message.startsWith('text without a speaker'));
  return { ...seg, turns: [opening, ...seg.turns], errors };
}

/**
 * Answers labelled `答` / `A` are the spokesperson's when the header names one: whatever the
 * layout, the turn takes their name so the roster has one speaker, not a speaker called 答.
 */
export function answersBySpokesperson(seg: Segmentation, header: TranscriptHeader): Segmentation {
  const speaker = header.spokesperson?.name;
  if (!speaker) return seg;
  const turns = seg.turns.map((t) => (/^(?:答|A|ANSWER|Answer)$/u.test(simplified(t.label)) ? { ...t, label: speaker } : t));
  return { ...seg, turns };
}
