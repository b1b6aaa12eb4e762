import { HEADER_LINES, isHeaderLike } from './header';
import type { SourceLine } from './lines';
import type { RawTurn } from './segment';

/** How much of the body the turns explain, and the lines they leave out. */
export interface Coverage {
  /** Non-blank characters inside turns divided by non-blank characters of the body, 0–1. */
  share: number;
  /** Lines of the body that are in no turn, in file order. */
  unplaced: SourceLine[];
}

const weight = (text: string) => text.replace(/\s/gu, '').length;

/**
 * Measures coverage. The body runs from the header to `end`; lines the page put there
 * (masked: rules, end marks, chrome, front matter) count for nothing. Before the first turn,
 * everything up to a marker, and header-like lines among the first dozen, are header. Every
 * other filled line counts: inside a turn (tag, text, time lines) or unplaced. `links` are
 * lines cut from the last turn as a list of links: unplaced wherever they are.
 */
export function measureCoverage(
  lines: SourceLine[],
  turns: readonly Pick<RawTurn, 'from' | 'end'>[],
  options: { bodyFrom: number; hasMarker: boolean; end: number; links: readonly number[] },
): Coverage {
  const inside = new Uint8Array(lines.length + 2);
  for (const t of turns) for (let n = t.from; n <= t.end; n++) inside[n] = 1;
  for (const n of options.links) inside[n] = 2;
  const first = turns[0]?.from ?? options.end + 1;
  let covered = 0;
  let total = 0;
  let headerLines = 0;
  const unplaced: SourceLine[] = [];
  for (const line of lines) {
    if (!line.text || (line.number > options.end && inside[line.number] !== 2)) continue;
    if (line.number < first) {
      if (options.hasMarker && line.number <= options.bodyFrom) continue;
      if (headerLines < HEADER_LINES && unplaced.length === 0 && isHeaderLike(line.text)) {
        headerLines++;
        continue;
      }
    }
    const w = weight(line.text);
    total += w;
    if (inside[line.number] === 1) covered += w;
    else unplaced.push(line);
  }
  return { share: total === 0 ? 0 : covered / total, unplaced };
}
