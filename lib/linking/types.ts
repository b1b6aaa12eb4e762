/** What the linker needs of a chronicle entry (a subset of `ChronicleEntry`). */
export interface LinkableEntry {
  id: string;
  /** Calendar day as YYYY-MM-DD, or null for an undated entry. */
  date: string | null;
  text: string;
}

/** What the linker needs of a transcript turn (a subset of `TranscriptTurn`). */
export interface LinkableTurn {
  index: number;
  text: string;
  /** Who speaks (`host`, `official`, `journalist`, `other`); without it a turn is linked on its own. */
  role?: string;
}

/** The kinds of evidence a suggestion can rest on. */
export type LinkReasonKind = 'entity' | 'number' | 'term' | 'date';

/**
 * One piece of evidence for a suggestion. The weights of a suggestion's reasons add up
 * to its score, so a reader sees exactly what the score is made of.
 */
export interface LinkReason {
  kind: LinkReasonKind;
  /** What matched, readable: an entity's canonical name, a number with its unit, a term, a date cue (English wording for the CLI). */
  value: string;
  weight: number;
  /** The reason as data, for the interface to word in its own language (absent: `value` is content, shown as is). */
  label?: LinkReasonLabel;
}

/**
 * What a reason says beyond a matched value: terms summed up, a match found in another turn
 * of the same question and answer, or the entry's distance in days from the press conference.
 */
export type LinkReasonLabel =
  | { type: 'more-terms'; count: number }
  | { type: 'context'; value: string; turn: number; moreTerms?: number }
  | { type: 'proximity'; days: number };

/** A chronicle entry proposed for a turn, best first. */
export interface LinkSuggestion {
  entryId: string;
  date: string | null;
  text: string;
  /** Sum of the reasons' weights; unbounded, comparable only within one turn. */
  score: number;
  reasons: LinkReason[];
}

/** Options of `suggestLinks` and `suggestForTranscript`. */
export interface SuggestOptions {
  /** When the press conference began (ISO 8601, its local date is used), or null if unknown. */
  heldAt: string | null;
  /** How many suggestions per turn; default 5. */
  k?: number;
}

/** The kinds of named entity the gazetteer and the rules recognise. */
export type EntityKind = 'person' | 'office' | 'country' | 'organization' | 'event' | 'initiative' | 'region' | 'place';

/** A named entity found in a text, normalised to its canonical name. */
export interface EntityMention {
  canonical: string;
  kind: EntityKind;
  /** The text as written (an alias, an abbreviation, a rule match). */
  surface: string;
  /** UTF-16 offset of `surface` in the text, or -1 when the rule that found it does not know. */
  index: number;
}

/** A count or amount with its unit, normalised so that 四批 and 4批 compare equal. */
export interface NumberMention {
  /** Comparison key: value and unit, with 第 for ordinals, e.g. `20000000美元`, `89国`, `第2批`. */
  key: string;
  value: number;
  unit: string;
  ordinal: boolean;
  /** 多/余 after the number: "more than". */
  approximate: boolean;
  surface: string;
  /** UTF-16 offset of `surface` in the text. */
  index: number;
}

/** A date or period a text refers to, resolved against the press conference's date. */
export interface DateCue {
  /** The words as written, e.g. `今天晚上`, `3月16日`, `上周`. */
  cue: string;
  /** First day of the period, YYYY-MM-DD. */
  from: string;
  /** Last day of the period, YYYY-MM-DD (equal to `from` for a single day). */
  to: string;
  /** The sentence the cue is in: what happened on that day, as far as the text says. */
  sentence: string;
}
