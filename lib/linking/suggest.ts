/** Ranks chronicle entries for transcript turns. */
import { localDate } from './dates';
import { exchangePartners } from './exchanges';
import { buildLinkIndex, type LinkIndex } from './link-index';
import { prepareQuery, type LinkQuery } from './query';
import { scoreEntry, type ContextTurn } from './score';
import type { LinkableEntry, LinkableTurn, LinkSuggestion, SuggestOptions } from './types';

const DEFAULT_K = 5;

function rank(index: LinkIndex, query: LinkQuery, context: readonly ContextTurn[], k: number): LinkSuggestion[] {
  return index.entries
    .map((indexed) => ({ indexed, ...scoreEntry(query, indexed, context) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.indexed.order - b.indexed.order)
    .slice(0, k)
    .map(({ indexed: { entry }, score, reasons }) => ({ entryId: entry.id, date: entry.date, text: entry.text, score, reasons }));
}

/**
 * The `k` entries most related to one turn, best first (ties in chronicle order). Entries
 * sharing nothing with the turn are never suggested, however close their date. `context`
 * may hold the other turns of the same question-and-answer exchange.
 */
export function suggestLinks(index: LinkIndex, turn: LinkableTurn, options: SuggestOptions, context: readonly LinkableTurn[] = []): LinkSuggestion[] {
  const heldOn = localDate(options.heldAt);
  const contextTurns = context.map((other) => ({ index: other.index, query: prepareQuery(index, other.text, heldOn) }));
  return rank(index, prepareQuery(index, turn.text, heldOn), contextTurns, options.k ?? DEFAULT_K);
}

/**
 * Suggestions for every turn of a transcript: the chronicle is indexed once, each turn
 * prepared once, and turns with roles are linked with their exchange as context
 * (see exchanges.ts).
 */
export function suggestForTranscript(
  turns: readonly LinkableTurn[],
  entries: readonly LinkableEntry[],
  options: SuggestOptions,
): { index: number; suggestions: LinkSuggestion[] }[] {
  const index = buildLinkIndex(entries);
  const heldOn = localDate(options.heldAt);
  const queries = new Map(turns.map((turn) => [turn.index, prepareQuery(index, turn.text, heldOn)]));
  const partners = exchangePartners(turns);
  return turns.map((turn) => {
    const context = (partners.get(turn.index) ?? []).flatMap((other) => {
      const query = queries.get(other);
      return query ? [{ index: other, query }] : [];
    });
    const query = queries.get(turn.index) ?? prepareQuery(index, turn.text, heldOn);
    return { index: turn.index, suggestions: rank(index, query, context, options.k ?? DEFAULT_K) };
  });
}
