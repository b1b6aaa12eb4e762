import { foldString } from './fold';

/** A piece of a result's text; `mark` pieces are what matched. */
export interface SnippetSegment {
  text: string;
  mark: boolean;
}

/** At most this many windows, so a hit shows each different matched word once if it can. */
const MAX_WINDOWS = 3;

/**
 * The parts of `text` around its matches: a window of `context` code points either side of the
 * first occurrence of each different matched word (up to three), joined by ellipses, with the
 * matches marked. Without matches, the start of the text. Ranges are UTF-16 offsets that never
 * split a character (they come from matchText).
 */
export function highlightSnippet(text: string, ranges: Array<[number, number]>, context = 40): SnippetSegment[] {
  const windows = chooseWindows(text, ranges, context);
  const segments: SnippetSegment[] = [];
  let at = 0;
  for (const [from, to] of windows) {
    if (from > at) segments.push({ text: '…', mark: false });
    at = from;
    for (const [start, end] of ranges) {
      if (end <= at || start >= to) continue;
      if (start > at) segments.push({ text: text.slice(at, start), mark: false });
      segments.push({ text: text.slice(Math.max(start, at), end), mark: true });
      at = end;
    }
    if (to > at) segments.push({ text: text.slice(at, to), mark: false });
    at = Math.max(at, to);
  }
  if (at < text.length) segments.push({ text: '…', mark: false });
  return segments.filter((segment) => segment.text.length > 0);
}

/** Windows around the first occurrence of each different word, merged where they touch. */
function chooseWindows(text: string, ranges: Array<[number, number]>, context: number): Array<[number, number]> {
  if (ranges.length === 0) return [[0, forwardByCodePoints(text, 0, context * 2)]];
  const seen = new Set<string>();
  const windows: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const word = foldString(text.slice(start, end));
    if (seen.has(word)) continue;
    seen.add(word);
    const span = windows.length === 0 ? [context, context * 2] : [context / 2, context / 2];
    windows.push([backByCodePoints(text, start, span[0]!), forwardByCodePoints(text, end, span[1]!)]);
    if (windows.length === MAX_WINDOWS) break;
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const window of windows) {
    const last = merged.at(-1);
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([window[0], window[1]]);
  }
  return merged;
}

function backByCodePoints(text: string, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count && at > 0; i++) at -= at > 1 && isLowSurrogate(text.charCodeAt(at - 1)) ? 2 : 1;
  return at;
}

function forwardByCodePoints(text: string, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count && at < text.length; i++) at += isHighSurrogate(text.charCodeAt(at)) ? 2 : 1;
  return at;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
