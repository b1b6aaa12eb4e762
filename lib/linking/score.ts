/** Scores one prepared turn against one indexed entry and explains the score as reasons. */
import { daysBetween } from './dates';
import type { IndexedEntry } from './link-index';
import type { LinkQuery, Passage } from './query';
import type { LinkReason } from './types';
import { matchProduct } from './vector';
import { LISTED_TERMS, WEIGHTS } from './weights';

/** Another turn of the same exchange (question or answer), prepared for scoring. */
export interface ContextTurn {
  index: number;
  query: Passage;
}

/** One shared dimension's part of a cosine, already multiplied by its weight. */
interface Share extends LinkReason {
  key: string;
}

/**
 * The score of an entry for a turn, with the reasons it is made of (their weights sum to
 * it). `context` holds the other turns of the same exchange: what the question asks helps
 * rank the answer and the other way round, at `CONTEXT` × their cosine, shared among
 * them; their reasons name the turn they come from. An entry sharing nothing with the
 * turn itself scores 0, whatever its context or date.
 */
export function scoreEntry(query: LinkQuery, entry: IndexedEntry, context: readonly ContextTurn[] = []): { score: number; reasons: LinkReason[] } {
  const shares = ownShares(query, entry);
  if (shares.length === 0) return { score: 0, reasons: [] };
  const fromContext = context.flatMap(({ index, query: other }) =>
    summarise(sharesOf(other, entry, WEIGHTS.CONTEXT / context.length)).map((r) => ({
      ...r,
      value: `${r.value} (turn ${index})`,
      label: { type: 'context' as const, value: r.value, turn: index, ...(r.label?.type === 'more-terms' ? { moreTerms: r.label.count } : {}) },
    })),
  );
  const reasons = [...summarise(shares), ...fromContext, ...dateReasons(query, entry, shares)];
  return { score: reasons.reduce((sum, r) => sum + r.weight, 0), reasons };
}

/**
 * `WHOLE_TURN` × the cosine with the whole turn plus `BEST_PASSAGE` × the best cosine with
 * one of its sentences or enumeration variants: a long statement touches many events but
 * reports each in one sentence, which should not be drowned by the rest. Shares of the
 * same dimension are added up.
 */
function ownShares(query: LinkQuery, entry: IndexedEntry): Share[] {
  if (query.passages.length === 0) return sharesOf(query, entry, WEIGHTS.WHOLE_TURN + WEIGHTS.BEST_PASSAGE);
  if ((query.cosines[entry.order] ?? 0) === 0) return []; // passages are parts of the turn: nothing shared there, nothing anywhere
  const whole = sharesOf(query, entry, WEIGHTS.WHOLE_TURN);
  // Find the best passage by its precomputed cosine; only the winner is split into shares.
  let best: Passage | null = null;
  let bestCosine = 0;
  for (const passage of query.passages) {
    const value = passage.cosines[entry.order] ?? 0;
    if (value > bestCosine) [best, bestCosine] = [passage, value];
  }
  const byKey = new Map<string, Share>();
  for (const share of [...whole, ...(best ? sharesOf(best, entry, WEIGHTS.BEST_PASSAGE) : [])]) {
    const seen = byKey.get(share.key);
    byKey.set(share.key, seen ? { ...seen, weight: seen.weight + share.weight } : share);
  }
  return [...byKey.values()].sort((a, b) => b.weight - a.weight);
}

/** `scale` × cosine of a passage and an entry, split per shared dimension, largest first. */
function sharesOf(passage: Passage, entry: IndexedEntry, scale: number): Share[] {
  const norms = passage.vector.norm * entry.vector.norm;
  if (norms === 0) return [];
  const shares: Share[] = [];
  const add = (key: string, weight: number, entryWeight: number) => {
    const dimension = passage.dimensions.get(key);
    if (!dimension) return;
    const product = matchProduct(passage.features, entry.features, key, weight, entryWeight);
    shares.push({ key, kind: dimension.kind, value: dimension.value, weight: (scale * product) / norms });
  };
  // Walk the smaller vector: a long statement has hundreds of dimensions, an entry a few dozen.
  if (passage.vector.weights.size <= entry.vector.weights.size) {
    for (const [key, weight] of passage.vector.weights) {
      const entryWeight = entry.vector.weights.get(key);
      if (entryWeight) add(key, weight, entryWeight);
    }
  } else {
    for (const [key, entryWeight] of entry.vector.weights) {
      const weight = passage.vector.weights.get(key);
      if (weight) add(key, weight, entryWeight);
    }
  }
  return shares.sort((a, b) => b.weight - a.weight);
}

/** Entities and numbers by name, the largest terms by name, the other terms summed in one reason. */
function summarise(shares: readonly Share[]): LinkReason[] {
  const reason = ({ kind, value, weight }: Share): LinkReason => ({ kind, value, weight });
  const terms = shares.filter((s) => s.kind === 'term');
  const rest = terms.slice(LISTED_TERMS);
  const restWeight = rest.reduce((sum, s) => sum + s.weight, 0);
  return [
    ...shares.filter((s) => s.kind !== 'term').map(reason),
    ...terms.slice(0, LISTED_TERMS).map(reason),
    ...(rest.length > 0 ? [{ kind: 'term' as const, value: `+${rest.length} more terms`, weight: restWeight, label: { type: 'more-terms' as const, count: rest.length } }] : []),
  ];
}

/**
 * A date cue confirms an entry on its day only if the entry shares at least `DATE_GATE`
 * with the cue's own sentence ("今天晚上…特别峰会" confirms the summit, not every event of
 * that day). The proximity prior applies to every entry with shared content.
 */
function dateReasons(query: LinkQuery, entry: IndexedEntry, shares: readonly Share[]): LinkReason[] {
  const date = entry.entry.date;
  if (!date) return [];
  const reasons: LinkReason[] = [];
  const sharedWith = (keys: Set<string>) => shares.filter((s) => keys.has(s.key)).reduce((sum, s) => sum + s.weight, 0);
  const cue = query.cues.find((c) => c.from <= date && date <= c.to && sharedWith(c.keys) >= WEIGHTS.DATE_GATE);
  if (cue) reasons.push({ kind: 'date', value: `${cue.cue} → ${date}`, weight: WEIGHTS.DATE_CUE });
  if (query.heldOn) {
    const days = daysBetween(query.heldOn, date);
    const weight = WEIGHTS.PROXIMITY * Math.exp(-Math.abs(days) / WEIGHTS.PROXIMITY_DAYS) * (days > 0 ? WEIGHTS.FUTURE : 1);
    const span = Math.abs(days) === 1 ? '1 day' : `${Math.abs(days)} days`;
    const value = days === 0 ? 'same day as the press conference' : `${span} ${days < 0 ? 'before' : 'after'} the press conference`;
    reasons.push({ kind: 'date', value, weight, label: { type: 'proximity', days } });
  }
  return reasons;
}
