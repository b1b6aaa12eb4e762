import type { SpeakerRole } from '@/lib/transcript';
import { spokenDurations } from './spoken-duration';

export interface SpeakingShare {
  label: string;
  role: SpeakerRole;
  turns: number;
  /** Characters spoken (code points, whitespace not counted). */
  characters: number;
  /** Estimated seconds spoken (spoken-duration.ts: the text at a speaking rate, bounded by posting gaps). */
  seconds: number;
}

/**
 * How much each speaker spoke: turns, characters and the estimated time spoken (never the gaps
 * between postings, which hold pauses and interpreting), most time first.
 */
export function speakingShares(input: {
  heldAt: string | null;
  speakers: ReadonlyArray<{ label: string; role: SpeakerRole }>;
  turns: ReadonlyArray<{ speaker: string; postedAt: string | null; text: string }>;
}): SpeakingShare[] {
  const shares = new Map<string, SpeakingShare>(input.speakers.map((s) => [s.label, { label: s.label, role: s.role, turns: 0, characters: 0, seconds: 0 }]));
  const durations = spokenDurations(input.heldAt, input.turns);
  input.turns.forEach((turn, i) => {
    const share = shares.get(turn.speaker);
    if (!share) return;
    share.turns += 1;
    share.characters += Array.from(turn.text.replace(/\s/g, '')).length;
    share.seconds += durations[i]!.seconds;
  });
  return [...shares.values()].filter((s) => s.turns > 0).sort((a, b) => b.seconds - a.seconds || b.characters - a.characters);
}
