/** Plain objects the assignments data layer returns. */

export type PassageKindName = 'turn_range' | 'speaker' | 'span';

/** Which part of a transcript an assignment covers; turns by index in the current version. */
export interface AssignmentPassage {
  kind: PassageKindName;
  fromTurn: number | null;
  toTurn: number | null;
  speakerLabel: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

/** What the reader needs while a student works on an assignment (`?assignment=id`). */
export interface AssignmentContext {
  id: string;
  title: string;
  instructions: string;
  groupId: string;
  groupName: string;
  /** ISO 8601 or null. */
  dueAt: string | null;
  passage: AssignmentPassage;
  /** Indexes of the turns the passage covers, ascending. */
  turnIndexes: number[];
}
