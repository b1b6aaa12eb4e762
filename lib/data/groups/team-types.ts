/** Plain objects the team data layer returns; nothing here is a database row. */

/** One tag of a team's vocabulary. */
export interface TeamTagView {
  id: string;
  /** As shown (NFKC, whitespace tidied, case kept); render as text. */
  name: string;
  description: string | null;
}

/** A team's vocabulary as its members see it. */
export interface TeamVocabulary {
  groupId: string;
  /** Closed: the team's annotations may only carry these tags. */
  closed: boolean;
  tags: TeamTagView[];
}
