/** Ten minutes in milliseconds: the axis starts and ends on a multiple of it. */
export const TIMELINE_STEP_MS = 10 * 60 * 1000;

/** What the timeline needs from a transcript. */
export interface TimelineSource {
  heldAt: string | null;
  speakers: { label: string }[];
  turns: { index: number; speaker: string; postedAt: string | null }[];
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
 * Lays out turns along the clock. A turn's time line is written when it ends, so each bar runs
 * from the end of the previous turn (or the announced start, for the first) to its own time.
 * Returns null when a turn has no time or there are no turns: a partial picture would mislead.
 * Rounding is on epoch time, which matches wall-clock 10 minutes for every whole- or
 * half-hour zone.
 */
export function layoutTurnTimeline(source: TimelineSource): TurnTimeline | null {
  const times = source.turns.map((turn) => (turn.postedAt ? Date.parse(turn.postedAt) : Number.NaN));
  if (times.length === 0 || times.some(Number.isNaN)) return null;

  const heldAt = source.heldAt ? Date.parse(source.heldAt) : Number.NaN;
  const first = Math.min(...times);
  const opening = Number.isNaN(heldAt) ? first : Math.min(heldAt, first);
  const axisStart = Math.floor(opening / TIMELINE_STEP_MS) * TIMELINE_STEP_MS;
  const axisEnd = Math.max(axisStart + TIMELINE_STEP_MS, Math.ceil(Math.max(...times) / TIMELINE_STEP_MS) * TIMELINE_STEP_MS);

  const rows = source.speakers.map((speaker) => speaker.label).filter((label) => source.turns.some((t) => t.speaker === label));
  const bars: TimelineBar[] = [];
  let previous = Number.isNaN(heldAt) ? first : heldAt;
  source.turns.forEach((turn, i) => {
    const end = times[i]!;
    // Out-of-order times in a source would give a negative bar; draw it as a mark at its own time.
    bars.push({ turn: turn.index, speaker: turn.speaker, row: rows.indexOf(turn.speaker), start: Math.min(previous, end), end });
    previous = end;
  });

  const ticks: number[] = [];
  for (let t = axisStart; t <= axisEnd; t += TIMELINE_STEP_MS) ticks.push(t);
  return { axisStart, axisEnd, ticks, rows, bars };
}
