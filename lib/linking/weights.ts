/**
 * The weights of the score. A suggestion's score is the sum of its reasons' weights:
 *
 *   score = WHOLE_TURN   × cos(turn, entry)
 *         + BEST_PASSAGE × max cos(sentence or enumeration item of the turn, entry)
 *         + CONTEXT      × mean cos(other turns of the same question-and-answer, entry)
 *         + date cue + proximity prior
 *
 * - cos: texts are vectors over terms, entities and numbers (vector.ts); a dimension
 *   weighs TF-IDF × the multiplier of its kind below, so one shared person or figure
 *   counts like several shared words. Each cosine splits into one reason per shared
 *   dimension. An entry sharing nothing with the turn itself is never suggested.
 * - passages: a long statement reports each event in one sentence; the best sentence
 *   keeps that event from being drowned by the rest of the turn (query.ts).
 * - context: a question names what its answer is about and the other way round
 *   (exchanges.ts).
 * - `ENTRY_TAIL`: what an entry says only after its lead sentence (quoted speeches) weighs
 *   half, so the rhetoric of long entries does not match every turn (link-index.ts).
 * - entity multipliers: one-off actors and events (people, named meetings, countries,
 *   organisations) weigh most; offices repeat the person who holds them; initiatives
 *   (人类命运共同体) are slogans that recur. IDF handles frequency: 中国, in almost every
 *   entry, counts for nearly nothing.
 * - numbers: the same figure with the same unit is strong evidence; counts below 10
 *   (4次, 3国) recur by chance and get `SMALL_NUMBER` of it; a figure that is a lower bound
 *   on one side only (180个 vs 180多个) gets `APPROXIMATE_MISMATCH` of its share.
 * - date cue: `DATE_CUE` when the turn points at the entry's day (今晚, 3月16日, 上周) and
 *   the entry shares at least `DATE_GATE` with the cue's own sentence: a date confirms, it
 *   never links on its own.
 * - proximity: a mild prior `PROXIMITY` × exp(−|days| / `PROXIMITY_DAYS`); entries after the
 *   conference get `FUTURE` of it (a speaker can only announce what is scheduled).
 *
 * Values are round numbers from a coarse grid on the gold set (lib/linking/README.md);
 * the results are flat around them, so none is fitted to a particular turn.
 */
export const WEIGHTS = {
  WHOLE_TURN: 3,
  BEST_PASSAGE: 5,
  CONTEXT: 6,
  ENTRY_TAIL: 0.5,
  TERM: 1,
  ENTITY: { person: 2, event: 2, country: 2, organization: 2, place: 2, region: 2, office: 1, initiative: 0.5 },
  NUMBER: 2,
  SMALL_NUMBER: 0.5,
  APPROXIMATE_MISMATCH: 0.5,
  DATE_CUE: 1,
  DATE_GATE: 0.5,
  PROXIMITY: 0.3,
  PROXIMITY_DAYS: 7,
  FUTURE: 0.5,
} as const;

/** How many shared terms a reason list names; the rest are summed in one reason. */
export const LISTED_TERMS = 3;
