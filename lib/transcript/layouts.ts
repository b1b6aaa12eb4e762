import type { TranscriptHeader } from './header';
import { hasRoleWord, type SpeakerTag } from './labels';
import type { SourceLine } from './lines';
import { segment, tagOf, type LayoutSpec, type Segmentation } from './segment';
import { matchStamp } from './times';

/**
 * The layouts the parser knows, in order of preference on a tie:
 * - `speaker-line-timed`: `胡凯红:` or `【胡凯红】` alone on a line, a time line closes each turn (the seed);
 * - `inline-tag-timed`: `胡凯红：女士们…` / `【胡凯红】女士们…` opening a paragraph, time lines close turns;
 * - `speaker-line-untimed`, `inline-tag-untimed`: the same without times.
 * Time lines are full (`2020-03-26 10:01:21`) or a time of day (`[10:31]`, `10:31:20`, `（10:31）`).
 */
export const LAYOUTS: readonly LayoutSpec[] = [
  { id: 'speaker-line-timed', style: 'line', timed: true },
  { id: 'inline-tag-timed', style: 'inline', timed: true },
  { id: 'speaker-line-untimed', style: 'line', timed: false },
  { id: 'inline-tag-untimed', style: 'inline', timed: false },
];

/** Longest label that repetition alone can vouch for; longer ones need a role word or the header. */
const MAX_REPEATED_LABEL = 10;

/**
 * Which labels may open a turn away from a turn-start position. With times, only labels seen
 * right after a time line or the marker (a speaker identified by position). Without times, a
 * label in brackets on its own line, one used twice, one named in the header, or one with a
 * role word (`…记者`, `主持人`, `外交部副部长罗照辉`).
 */
function knownLabels(lines: SourceLine[], header: TranscriptHeader, layout: LayoutSpec): (tag: SpeakerTag) => boolean {
  const body = lines.slice(header.bodyFrom).filter((l) => l.text);
  if (layout.timed) {
    const starters = new Set<string>();
    body.forEach((l, i) => {
      const previous = body[i - 1];
      const atStart = previous ? matchStamp(previous.text) !== null : header.hasMarker;
      const tag = atStart ? tagOf(layout.style, l.text) : null;
      if (tag) starters.add(tag.label);
    });
    return (tag) => starters.has(tag.label);
  }
  const counts = new Map<string, number>();
  for (const l of body) {
    const tag = tagOf(layout.style, l.text);
    if (tag) counts.set(tag.label, (counts.get(tag.label) ?? 0) + 1);
  }
  return (tag) =>
    (tag.bracketed && layout.style === 'line') ||
    ((counts.get(tag.label) ?? 0) >= 2 && Array.from(tag.label).length <= MAX_REPEATED_LABEL) ||
    (tag.label.length >= 2 && header.text.includes(tag.label)) ||
    hasRoleWord(tag.label);
}

/** The chosen layout and what segmenting under it found. */
export interface DetectedLayout extends Segmentation {
  layout: LayoutSpec;
}

/**
 * Segments the body under every candidate layout and keeps the best: most turns, minus two per
 * error, minus one per time line or speaker line the layout had to swallow as text (a layout
 * finding no turn never wins). Timed layouts are candidates only when the body has a time line.
 */
export function detectLayout(lines: SourceLine[], header: TranscriptHeader): DetectedLayout {
  const hasStamps = lines.slice(header.bodyFrom).some((l) => matchStamp(l.text) !== null);
  // A layout that finds no turn at all explains nothing, however few errors it has.
  const score = (r: Segmentation) =>
    r.turns.length === 0 ? -Infinity : r.turns.length - 2 * r.errors.length - r.absorbed;
  return LAYOUTS.filter((l) => hasStamps || !l.timed)
    .map((layout) => ({ layout, ...segment(lines, header.bodyFrom, header.hasMarker, layout, knownLabels(lines, header, layout)) }))
    .reduce((best, r) => (score(r) > score(best) ? r : best));
}
