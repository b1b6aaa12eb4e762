import type { SpeakerRole } from '@/lib/transcript';

export interface SpeakingShare {
  label: string;
  role: SpeakerRole;
  turns: number;
  /** Characters spoken (code points, whitespace not counted): works for every transcript. */
  characters: number;
  /** Seconds between each turn's closing time and the previous one's, summed; null without times. */
  seconds: number | null;
}

/** Longest gap counted as speaking: a longer one is a break (or a missing timestamp), not one turn. */
const MAX_TURN_SECONDS = 30 * 60;

/**
 * How much each speaker spoke: turns, characters and, where the live text gives closing times,
 * minutes (a turn lasts from the previous timestamp, or the start of the conference for the
 * first, to its own). Sorted by time spoken, else by characters.
 */
export function speakingShares(input: {
  heldAt: string | null;
  speakers: ReadonlyArray<{ label: string; role: SpeakerRole }>;
  turns: ReadonlyArray<{ speaker: string; postedAt: string | null; text: string }>;
}): SpeakingShare[] {
  const shares = new Map<string, SpeakingShare>(input.speakers.map((s) => [s.label, { label: s.label, role: s.role, turns: 0, characters: 0, seconds: null }]));
  let previous = input.heldAt ? Date.parse(input.heldAt) : null;
  for (const turn of input.turns) {
    const share = shares.get(turn.speaker);
    if (!share) continue;
    share.turns += 1;
    share.characters += Array.from(turn.text.replace(/\s/g, '')).length;
    const posted = turn.postedAt ? Date.parse(turn.postedAt) : null;
    if (posted !== null && previous !== null) {
      const seconds = (posted - previous) / 1000;
      if (seconds >= 0 && seconds <= MAX_TURN_SECONDS) share.seconds = (share.seconds ?? 0) + seconds;
    }
    if (posted !== null) previous = posted;
  }
  const timed = [...shares.values()].some((s) => s.seconds !== null);
  return [...shares.values()]
    .filter((s) => s.turns > 0)
    .sort((a, b) => (timed ? (b.seconds ?? 0) - (a.seconds ?? 0) : 0) || b.characters - a.characters);
}
