import type { ParseError } from '@/lib/parse-result';
import { matchInlineTag, matchOwnLineTag, type SpeakerTag } from './labels';
import type { SourceLine } from './lines';
import { matchStamp, splitTrailingStamp, type Stamp } from './times';

/** How a layout writes speakers (`line`: tag alone on a line; `inline`: tag opens a paragraph) and times. */
export interface LayoutSpec {
  id: string;
  style: 'line' | 'inline';
  /** True when a time line closes every turn (and text after the last one is not transcript). */
  timed: boolean;
}

/** A turn as found in the source, before roles and ISO times are attached. */
export interface RawTurn {
  label: string;
  /** 1-based line of the speaker tag. */
  line: number;
  /** 1-based first line the turn takes up: a time line written before the tag, else `line`. */
  from: number;
  paragraphs: string[];
  /** 1-based source line of each paragraph. */
  paragraphLines: number[];
  stamp: Stamp | null;
  /** 1-based line where the turn ends (its time line, or its last paragraph). */
  end: number;
  /** Title and name as the layout wrote them (`国家卫生健康委副主任曾益新`), for the roster. */
  hint?: string;
}

/** Turns found under one layout, the problems met, and how many lines looked misplaced. */
export interface Segmentation {
  turns: RawTurn[];
  errors: ParseError[];
  /** Time lines or speaker-shaped lines this layout had to treat as text: a sign it is the wrong one. */
  absorbed: number;
  /** 1-based line after which the layout says the transcript is over (a closing time line), or null. */
  closedAt?: number | null;
}

/** A new turn opened by `label` at line `line`, with a first paragraph when the tag had text after it. */
export function openTurn(label: string, line: number, rest = '', from = line): RawTurn {
  return { label, line, from, paragraphs: rest ? [rest] : [], paragraphLines: rest ? [line] : [], stamp: null, end: line };
}

/** Appends a paragraph read at `line` to `turn`. */
export function addParagraph(turn: RawTurn, text: string, line: number): void {
  turn.paragraphs.push(text);
  turn.paragraphLines.push(line);
  turn.end = line;
}

/** The tag on a line under `style`, or null. */
export function tagOf(style: LayoutSpec['style'], text: string): SpeakerTag | null {
  return style === 'line' ? matchOwnLineTag(text) : matchInlineTag(text);
}

/**
 * Cuts the body (lines from index `from`) into turns under `layout`. A tag opens a turn when
 * it stands where a turn must start (right after a time line or the marker, or, for speaker
 * lines without a marker, before the first turn) or when `isKnown` vouches for its label (given
 * the label of the turn it would end) — so a sentence ending in a colon inside a turn stays text. In a timed layout a bracketed time
 * closing a paragraph (`…做介绍。[10:01]`) closes the turn like a time line.
 */
export function segment(
  lines: SourceLine[],
  from: number,
  hasMarker: boolean,
  layout: LayoutSpec,
  isKnown: (tag: SpeakerTag, current: string | null) => boolean,
): Segmentation {
  const turns: RawTurn[] = [];
  const errors: ParseError[] = [];
  let absorbed = 0;
  let current: RawTurn | null = null;
  let orphan: SourceLine | null = null;
  let strong = hasMarker || layout.style === 'line';
  // True right after a paragraph-closing time (`…。[10:01]`) closed the current turn.
  let closedByTrailing = false;

  const close = (stamp: Stamp | null, end: number) => {
    if (!current) return;
    if (current.paragraphs.length === 0) errors.push({ line: current.line, message: `empty turn: "${current.label}" has no text` });
    turns.push({ ...current, stamp, end: stamp ? end : current.end });
    current = null;
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (!line.text) continue;
    const stamp = layout.timed ? matchStamp(line.text) : null;
    if (stamp) {
      closedByTrailing = false;
      if (current) close(stamp, line.number);
      else errors.push({ line: line.number, message: 'expected a speaker line before the timestamp' });
      orphan = null;
      strong = true;
      continue;
    }
    const split = splitTrailingStamp(line.text);
    const trailing = layout.timed ? split : null;
    const text = trailing?.text ?? line.text;
    const tag = tagOf(layout.style, text);
    // Without a marker the first tag opens the first turn when it stands alone on its line, or
    // when its paragraph closes with a time (`裴远航：各位记者朋友，上午好！…[10:01]`).
    const beforeFirst = !hasMarker && (layout.style === 'line' || trailing !== null) && turns.length === 0 && !current;
    // A time closing a paragraph closes it, not the turn: an untagged paragraph right after
    // (`程敏：…[10:03]` / `我们将推动…[10:06]`) is the same speaker going on.
    const resumed: RawTurn | undefined = !tag && !current && !orphan && closedByTrailing ? turns.pop() : undefined;
    if (resumed) current = { ...resumed, stamp: null };
    closedByTrailing = false;
    if (tag && (strong || beforeFirst || isKnown(tag, current?.label ?? null))) {
      if (orphan) errors.push({ line: orphan.number, message: 'text without a speaker: expected a speaker line before it' });
      orphan = null;
      close(null, line.number);
      current = openTurn(tag.label, line.number, tag.rest);
    } else if (current) {
      addParagraph(current, text, line.number);
      if (!layout.timed && matchStamp(text)) absorbed++;
      if (layout.style === 'inline' && matchOwnLineTag(text)) absorbed++;
    } else if (hasMarker || turns.length > 0) {
      // Without a marker, text before the first turn is header; after it, text needs a speaker.
      orphan ??= line;
    }
    strong = false;
    // An untimed layout reading past paragraph-closing times is likely the wrong one.
    if (!layout.timed && split) absorbed++;
    if (trailing && current) {
      close(trailing.stamp, line.number);
      strong = true;
      closedByTrailing = true;
    }
  }
  // In a timed layout text after the last time line is site debris (`点击财新网交互H5…`), unless it
  // is a turn by a speaker already heard: then only its closing time is missing.
  const last: RawTurn | null = current;
  if (last && (!layout.timed || turns.some((t) => t.label === last.label))) close(null, last.end);
  const final = turns[turns.length - 1];
  return { turns, errors, absorbed, closedAt: layout.timed && final?.stamp ? final.end : null };
}
