import type { AssignmentPassage } from '@/lib/assignments/types';

/** A turn as the passage rules see it: its index and its speaker's roster label. */
export interface PassageTurn {
  index: number;
  speaker: string;
}

/** Whether turn `turn` belongs to the passage at all (a span's turn counts). */
export function passageCoversTurn(passage: AssignmentPassage, turn: PassageTurn): boolean {
  if (passage.kind === 'speaker') return turn.speaker === passage.speakerLabel;
  return passage.fromTurn !== null && passage.toTurn !== null && turn.index >= passage.fromTurn && turn.index <= passage.toTurn;
}

/**
 * Whether a selection (code points `start`–`end` of `turn`) lies inside the passage: in one of
 * its turns, and for a span, within the span's offsets.
 */
export function passageContains(passage: AssignmentPassage, turn: PassageTurn, start: number, end: number): boolean {
  if (!passageCoversTurn(passage, turn)) return false;
  if (passage.kind !== 'span') return true;
  return passage.spanStart !== null && passage.spanEnd !== null && start >= passage.spanStart && end <= passage.spanEnd;
}

/** Indexes of the turns (of the current version) the passage covers, ascending. */
export function passageTurnIndexes(passage: AssignmentPassage, turns: readonly PassageTurn[]): number[] {
  return turns.filter((turn) => passageCoversTurn(passage, turn)).map((turn) => turn.index).sort((a, b) => a - b);
}
