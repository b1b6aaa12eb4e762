import { spokenDurations } from '@/lib/charts/spoken-duration';

/** Ten minutes in milliseconds: the axis starts and ends on a multiple of it. */
export const TIMELINE_STEP_MS = 10 * 60 * 1000;

/** What the timeline needs from a transcript. */
export interface TimelineSource {
  heldAt: string | null;
  speakers: { label: string }[];
  turns: { index: number; speaker: string; postedAt: string | null; text: string }[];
}

/** One turn on the timeline; times are epoch milliseconds. */
export interface TimelineBar {
  turn: number;
  speaker: string;
  /** Row of the speaker, counting from 0 in roster order. */
  row: number;
  start: number;
  end: number;
}

/** A laid-out timeline: the axis, its 10-minute ticks, one row per speaker and one bar per turn. */
export interface TurnTimeline {
  axisStart: number;
  axisEnd: number;
  ticks: number[];
  rows: string[];
  bars: TimelineBar[];
}

/**
 * Lays out turns along the clock. A turn's time line is written when it ends, so each bar ends
 * at its own time and starts its estimated spoken duration earlier (lib/charts/spoken-duration:
 * the text at a speaking rate, never before the previous turn's time, or the announced start
 * for the first); the rest of a posting gap is not drawn as speech.
 * Returns null when a turn has no time or there are no turns: a partial picture would mislead.
 * Rounding is on epoch time, which matches wall-clock 10 minutes for every whole- or
 * half-hour zone.
 */
export function layoutTurnTimeline(source: TimelineSource): TurnTimeline | null {
  const times = source.turns.map((turn) => (turn.postedAt ? Date.parse(turn.postedAt) : Number.NaN));
  if (times.length === 0 || times.some(Number.isNaN)) return null;

  const heldAt = source.heldAt ? Date.parse(source.heldAt) : Number.NaN;
  const durations = spokenDurations(Number.isNaN(heldAt) ? null : source.heldAt, source.turns);
  const rows = source.speakers.map((speaker) => speaker.label).filter((label) => source.turns.some((t) => t.speaker === label));
  // Out-of-order times give a gap that bounds nothing: the estimate alone, ending at its own time.
  const bars: TimelineBar[] = source.turns.map((turn, i) => ({
    turn: turn.index,
    speaker: turn.speaker,
    row: rows.indexOf(turn.speaker),
    start: times[i]! - durations[i]!.seconds * 1000,
    end: times[i]!,
  }));

  const earliest = Math.min(...bars.map((bar) => bar.start));
  const opening = Number.isNaN(heldAt) ? earliest : Math.min(heldAt, earliest);
  const axisStart = Math.floor(opening / TIMELINE_STEP_MS) * TIMELINE_STEP_MS;
  const axisEnd = Math.max(axisStart + TIMELINE_STEP_MS, Math.ceil(Math.max(...times) / TIMELINE_STEP_MS) * TIMELINE_STEP_MS);
  const ticks: number[] = [];
  for (let t = axisStart; t <= axisEnd; t += TIMELINE_STEP_MS) ticks.push(t);
  return { axisStart, axisEnd, ticks, rows, bars };
}
