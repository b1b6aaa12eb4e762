import { measureCoverage, type Coverage } from './coverage';
import type { TranscriptHeader } from './header';
import { hasRoleWord, isOutlet, type SpeakerTag } from './labels';
import { segmentLabelBlocks } from './layout-blocks';
import { segmentEnglishSpeakers } from './layout-english';
import { segmentQuestionsAnswers } from './layout-qa';
import { isEnglishLabel } from './roster-en';
import type { SourceLine } from './lines';
import { addOpeningTurn, answersBySpokesperson } from './opening';
import { segment, tagOf, type LayoutSpec, type Segmentation } from './segment';
import { segmentLeadingTimes } from './segment-lead-time';
import { matchStamp, splitTrailingStamp } from './times';
import { isPersonalName, splitTitledLabel } from './titles';
import { simplified } from './script';
import { endTranscript } from './trailer';

/** One way of writing a transcript: an id (stored with each version) and how to cut it into turns. */
export interface Layout {
  id: string;
  /** True when the layout needs time lines (only tried when the body has one). */
  timed: boolean;
  /** True when the spokesperson's unlabelled opening paragraphs become a turn (opening.ts). */
  opening: boolean;
  run: (lines: SourceLine[], header: TranscriptHeader) => Segmentation;
}

/** True for a label that asks: `…记者`, `问`, `追问`, `Q`, `Question`, an outlet. */
const isQuestioner = (label: string) =>
  /(?:记者|^(?:追|再|又)?问)$/u.test(simplified(label)) || /^(?:Q|QUESTION|Question|Follow[- ]?[Uu]p)$/u.test(label) || isOutlet(label);
// `Antony Blinken`: two or three capitalised words.
const isEnglishName = (label: string) => /^(?:[A-Z][a-z'’-]+\.?\s+){1,2}[A-Z][a-zA-Z'’-]+$/u.test(label);

/** Longest label that repetition alone can vouch for; longer ones need a role word or the header. */
const MAX_REPEATED_LABEL = 10;

/** Short enough for repetition to vouch for it: 10 characters, or for Latin names 4 words (`Antony Blinken`). */
const repeatable = (label: string) =>
  isEnglishLabel(label) ? label.length <= 40 && label.split(/\s+/u).length <= 4 : Array.from(label).length <= MAX_REPEATED_LABEL;

/**
 * Which labels may open a turn away from a turn-start position. With times, only labels seen
 * right after a time line or the marker (a speaker identified by position). Without times, a
 * label in brackets on its own line, one used twice, one named in the header, one with a
 * role word (`…记者`, `主持人`, `外交部副部长罗照辉`), a name such a label introduced (`罗照辉`), or
 * a personal name right after a journalist's turn (the one answering).
 */
function knownLabels(lines: SourceLine[], header: TranscriptHeader, layout: LayoutSpec): (tag: SpeakerTag, current: string | null) => boolean {
  const body = lines.slice(header.bodyFrom).filter((l) => l.text);
  if (layout.timed) {
    const starters = new Set<string>();
    body.forEach((l, i) => {
      const previous = body[i - 1];
      const atStart = previous ? matchStamp(previous.text) !== null || splitTrailingStamp(previous.text) !== null : header.hasMarker;
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
  // `主持人 许清和：` or `外交部副部长罗照辉：` introduces a name that may later stand alone.
  const names = new Set<string>();
  for (const label of counts.keys()) {
    const name = splitTitledLabel(label)?.name ?? /^主持人?[\s\u3000]*(\p{Script=Han}{2,4})$/u.exec(label)?.[1];
    if (name) names.add(name);
  }
  return (tag, current) =>
    (tag.bracketed && layout.style === 'line') ||
    // Whoever speaks by name right after a journalist's question is answering it.
    (current !== null && isQuestioner(current) && (isPersonalName(tag.label) || isEnglishName(tag.label))) ||
    ((counts.get(tag.label) ?? 0) >= 2 && repeatable(tag.label)) ||
    (tag.label.length >= 2 && header.text.includes(tag.label)) ||
    names.has(tag.label) ||
    hasRoleWord(tag.label);
}

const classic = (spec: LayoutSpec): Layout => ({
  id: spec.id,
  timed: spec.timed,
  opening: !spec.timed,
  run: (lines, header) => segment(lines, header.bodyFrom, header.hasMarker, spec, knownLabels(lines, header, spec)),
});

/**
 * The layouts the parser knows, in order of preference on a tie:
 * - `speaker-line-timed`: `胡凯红:` or `【胡凯红】` alone on a line, a time line closes each turn (the seed);
 * - `inline-tag-timed`: `胡凯红：女士们…` opening a paragraph, time lines (or `…。[10:01]`) close turns;
 * - `speaker-line-lead-timed`, `inline-tag-lead-timed`: live text, the time line comes before the speaker;
 * - `question-answer`: `问：` / `答：` / `追问：` (the Foreign Ministry's briefings) and `Q:` / `A:`;
 * - `english-speakers`: `MS. PSAKI:` / `SECRETARY BLINKEN:` and bare `Q` questions;
 * - `label-blocks`: colonless `主持人` / title / name lines and bare `…记者` lines;
 * - `speaker-line-untimed`, `inline-tag-untimed`: speaker lines or inline tags without times.
 */
export const LAYOUTS: readonly Layout[] = [
  classic({ id: 'speaker-line-timed', style: 'line', timed: true }),
  classic({ id: 'inline-tag-timed', style: 'inline', timed: true }),
  { id: 'speaker-line-lead-timed', timed: true, opening: false, run: (lines, h) => segmentLeadingTimes(lines, h.bodyFrom, 'line') },
  { id: 'inline-tag-lead-timed', timed: true, opening: false, run: (lines, h) => segmentLeadingTimes(lines, h.bodyFrom, 'inline') },
  { id: 'question-answer', timed: false, opening: true, run: segmentQuestionsAnswers },
  { id: 'english-speakers', timed: false, opening: false, run: segmentEnglishSpeakers },
  { id: 'label-blocks', timed: false, opening: true, run: segmentLabelBlocks },
  classic({ id: 'speaker-line-untimed', style: 'line', timed: false }),
  classic({ id: 'inline-tag-untimed', style: 'inline', timed: false }),
];

/** The chosen layout, its turns (the last one trimmed where the transcript ends), and coverage. */
export interface DetectedLayout extends Segmentation {
  layout: Layout;
  /** 1-based last line of the transcript. */
  end: number;
  coverage: Coverage;
}

/** Runs one layout: segmentation, the opening turn, the transcript's end, coverage. */
function tryLayout(layout: Layout, lines: SourceLine[], header: TranscriptHeader): DetectedLayout {
  const found = answersBySpokesperson(layout.run(lines, header), header);
  const seg = layout.opening ? addOpeningTurn(found, lines, header) : found;
  const ended = endTranscript(seg.turns, lines, seg.closedAt ?? null);
  const coverage = measureCoverage(lines, ended.turns, { bodyFrom: header.bodyFrom, hasMarker: header.hasMarker, end: ended.end, links: ended.links });
  return { ...seg, turns: ended.turns, layout, end: ended.end, coverage };
}

/**
 * Segments the body under every candidate layout and keeps the best: most turns weighted by
 * coverage, minus two per error and one per time line or speaker line the layout had to swallow
 * as text (a layout finding no turn never wins). Timed layouts are candidates only when the body
 * has a time line.
 */
export function detectLayout(lines: SourceLine[], header: TranscriptHeader): DetectedLayout {
  const hasStamps = lines.slice(header.bodyFrom).some((l) => l.text && (matchStamp(l.text) !== null || splitTrailingStamp(l.text) !== null));
  // Turns found, less the share of them the unexplained text stands for.
  const score = (r: DetectedLayout) =>
    r.turns.length === 0 ? -Infinity : r.turns.length * r.coverage.share - 2 * r.errors.length - r.absorbed;
  return LAYOUTS.filter((l) => hasStamps || !l.timed)
    .map((layout) => tryLayout(layout, lines, header))
    .reduce((best, r) => (score(r) > score(best) ? r : best));
}
