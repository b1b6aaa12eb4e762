/**
 * Test helper for the faithfulness check. The rule, strict and stated once: with all whitespace
 * removed (full-width spaces included), the body must be exactly, turn after turn,
 *   optional opening bracket + the speaker label + optional closing bracket + optional colon
 *   + the turn's text
 *   + optionally one time line made only of digits, `-/.:：年月日` and one pair of brackets.
 * Every character of the transcript must land in exactly one turn, in order: nothing dropped,
 * duplicated, reordered or invented; only tag punctuation and time lines are not turn text.
 */
import type { TranscriptTurn } from '@/lib/transcript/types';

const squeeze = (s: string) => s.replace(/\s/gu, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TAG_OPEN = '[【\\[［]?';
const TAG_CLOSE = '[】\\]］]?[:：]?';
const TIME_LINE = '(?:[\\[【［(（]?[\\d\\-/.:：年月日]+[\\]】］)）]?)?';

/** The pattern a body must match, whitespace removed, given the parsed turns. */
export function faithfulPattern(turns: readonly Pick<TranscriptTurn, 'speaker' | 'text'>[]): RegExp {
  const parts = turns.map((t) => `${TAG_OPEN}${escape(t.speaker)}${TAG_CLOSE}${escape(squeeze(t.text))}${TIME_LINE}`);
  return new RegExp(`^${parts.join('')}$`, 'u');
}

/** True when `body` (whitespace removed) is exactly the turns, per the rule above. */
export function isFaithful(body: string, turns: readonly Pick<TranscriptTurn, 'speaker' | 'text'>[]): boolean {
  return faithfulPattern(turns).test(squeeze(body));
}
