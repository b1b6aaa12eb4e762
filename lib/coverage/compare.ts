/**
 * News coverage of a press conference, pure (no database): which news passages report which
 * turns (coverage-match.ts), and what each changed (coverage-diff.ts). lib/data/coverage.ts
 * loads the turns and articles and feeds them in.
 */
export { matchCoverage, COVERAGE_DEFAULTS, type CoverageDocument, type CoverageOptions, type CoveragePassage, type CoverageTurn } from './match';
export { diffPassage, type DiffKind, type DiffSegment, type NumberChange, type PassageDiff } from './diff';
export { toSimplified } from './hanzi';
export { sentenceSpans, type SentenceSpan } from './sentences';
export { tokenize, type CoverageToken } from './tokens';

import type { CoveragePassage } from './match';

/** A news paragraph and, per turn it reports, the passages (best turn first). */
export interface ParagraphCoverage {
  documentSlug: string;
  paragraphPosition: number;
  turns: { turnIndex: number; score: number; passages: CoveragePassage[] }[];
}

/**
 * Groups passages by news paragraph, then by turn; a turn's score is its best passage's.
 * Paragraphs keep the order the passages came in (document, then position).
 */
export function groupByParagraph(passages: readonly CoveragePassage[]): ParagraphCoverage[] {
  const paragraphs = new Map<string, ParagraphCoverage>();
  for (const passage of passages) {
    const key = `${passage.documentSlug}\u0000${passage.paragraphPosition}`;
    let paragraph = paragraphs.get(key);
    if (!paragraph) {
      paragraph = { documentSlug: passage.documentSlug, paragraphPosition: passage.paragraphPosition, turns: [] };
      paragraphs.set(key, paragraph);
    }
    let turn = paragraph.turns.find((t) => t.turnIndex === passage.turnIndex);
    if (!turn) {
      turn = { turnIndex: passage.turnIndex, score: 0, passages: [] };
      paragraph.turns.push(turn);
    }
    turn.passages.push(passage);
    turn.score = Math.max(turn.score, passage.score);
  }
  for (const paragraph of paragraphs.values()) paragraph.turns.sort((x, y) => y.score - x.score || x.turnIndex - y.turnIndex);
  return [...paragraphs.values()];
}
