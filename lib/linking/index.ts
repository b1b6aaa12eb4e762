/** Pure scoring of transcript turn ↔ chronicle entry relatedness (no database). */
export { buildLinkIndex, type LinkIndex } from './link-index';
export { suggestLinks, suggestForTranscript } from './suggest';
export { buildBaselineIndex, rankBaseline, type BaselineIndex } from './baseline';
export { compareWithBaseline, evaluateRanking, EVALUATION_DEPTH, type EvaluationResult, type GoldSet } from './evaluate';
export { precisionAt, recallAt, ndcgAt } from './metrics';
export { WEIGHTS } from './weights';
export type { LinkableEntry, LinkableTurn, LinkReason, LinkReasonKind, LinkSuggestion, SuggestOptions } from './types';
