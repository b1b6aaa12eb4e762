import { toSimplified } from '@/lib/coverage/hanzi';

/**
 * A text folded for matching (NFKC width folding, lower case, Traditional → Simplified) with,
 * for every UTF-16 unit of `folded`, where the character that produced it starts and ends in
 * the original, so a match in the folded text maps back to the exact original span.
 */
export interface FoldedText {
  folded: string;
  originStart: number[];
  originEnd: number[];
}

/** One character folded the way queries and texts are compared. */
export function foldChar(char: string): string {
  return toSimplified(char.normalize('NFKC').toLowerCase());
}

export function foldText(text: string): FoldedText {
  let folded = '';
  const originStart: number[] = [];
  const originEnd: number[] = [];
  let at = 0;
  for (const char of text) {
    const out = foldChar(char);
    for (let k = 0; k < out.length; k++) {
      originStart.push(at);
      originEnd.push(at + char.length);
    }
    folded += out;
    at += char.length;
  }
  return { folded, originStart, originEnd };
}

/** The whole string folded (no offset map), for queries. */
export function foldString(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}
