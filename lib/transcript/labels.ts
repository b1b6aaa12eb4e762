import { endsWithPosition, splitTitledLabel } from './titles';

/** Longest speaker label accepted, in characters: longer "labels" are sentences. */
export const MAX_LABEL_LENGTH = 30;

/** A speaker tag found on a line; `rest` is the text after an inline tag ('' on its own line). */
export interface SpeakerTag {
  label: string;
  bracketed: boolean;
  rest: string;
}

// A label is a name or an outlet, never a clause: sentence punctuation means prose.
const SENTENCE_PUNCTUATION = /[，。？！；,?!;、…“”"「」『』《》:：]/u;
// Numbered points (`第一：`, `一是：`, `1.`) and speech verbs (`他说：`) end with a colon too.
const ENUMERATION = /^(?:第[一二三四五六七八九十百\d]+|[一二三四五六七八九十]+是|其[一二三四五六七八九十]|\d+[.、])/u;
const LEAD_IN = /(?:说|表示|指出|强调|认为|如下|以下|方面|包括|例如|比如|问题)$/u;

/** True when `label` has the shape of a speaker label: short, a letter, no sentence punctuation. */
export function isSpeakerLabel(label: string): boolean {
  const length = Array.from(label).length;
  return (
    length >= 1 &&
    length <= MAX_LABEL_LENGTH &&
    /\p{L}/u.test(label) &&
    !/^[（(]/u.test(label) &&
    !SENTENCE_PUNCTUATION.test(label) &&
    !ENUMERATION.test(label) &&
    !LEAD_IN.test(label)
  );
}

/** True when the label says what its speaker is: journalist, host, spokesperson or a titled name. */
export function hasRoleWord(label: string): boolean {
  return /(?:记者|主持人|发言人)$/u.test(label) || endsWithPosition(label) !== null || splitTitledLabel(label) !== null;
}

const OPEN = '[【\\[［]';
const CLOSE = '[】\\]］]';
const OWN_BRACKET = new RegExp(`^${OPEN}\\s*([^【】\\[\\]［］]+?)\\s*${CLOSE}\\s*[:：]?$`, 'u');
const OWN_COLON = /^([^:：]+?)\s*[:：]$/u;
const INLINE_BRACKET = new RegExp(`^${OPEN}\\s*([^【】\\[\\]［］]+?)\\s*${CLOSE}\\s*[:：]?\\s*(\\S.*)$`, 'u');
// The label part is bounded so a long sentence with a late colon is rejected without backtracking.
const INLINE_COLON = /^([^:：]{1,40}?)\s*[:：]\s*(\S.*)$/u;

function tag(match: RegExpExecArray | null, bracketed: boolean): SpeakerTag | null {
  const label = match?.[1]?.trim();
  if (!match || !label || !isSpeakerLabel(label)) return null;
  return { label, bracketed, rest: (match[2] ?? '').trim() };
}

/** A speaker tag alone on its (trimmed) line: `胡凯红:`, `胡凯红：`, `【胡凯红】`, `[胡凯红]:`, `［胡凯红］`. */
export function matchOwnLineTag(text: string): SpeakerTag | null {
  return tag(OWN_BRACKET.exec(text), true) ?? tag(OWN_COLON.exec(text), false);
}

/** A speaker tag opening a paragraph with text after it: `【胡凯红】女士们……`, `胡凯红：女士们……`. */
export function matchInlineTag(text: string): SpeakerTag | null {
  return tag(INLINE_BRACKET.exec(text), true) ?? tag(INLINE_COLON.exec(text), false);
}
