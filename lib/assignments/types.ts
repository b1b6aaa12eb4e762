/** Plain objects the assignments data layer returns. */

export type PassageKindName = 'turn_range' | 'speaker' | 'span';

/**
 * Which part of a transcript an assignment covers; turns by index in the current version. A
 * span is one turn (`fromTurn` = `toTurn`) from code point `spanStart` to `spanEnd`.
 */
export interface AssignmentPassage {
  kind: PassageKindName;
  fromTurn: number | null;
  toTurn: number | null;
  speakerLabel: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

/** How many of each task an assignment asks for. */
export interface AssignmentRequirements {
  minAnnotations: number;
  minClaims: number;
  minLinks: number;
}

export type TaskKind = 'annotations' | 'claims' | 'links';

/** One task: how many are done, how many are required, how many are left (never negative). */
export interface TaskProgress {
  kind: TaskKind;
  done: number;
  required: number;
  left: number;
}

/** One student's progress on one assignment (see assignment-progress.ts for the rules). */
export interface AssignmentProgress {
  annotations: number;
  claims: number;
  links: number;
  /** Only the tasks with a required count above zero. */
  tasks: TaskProgress[];
  complete: boolean;
  /** ISO 8601 of the latest counted work, or null. */
  lastActivity: string | null;
}

/** An assignment as a member of its class sees it in lists. */
export interface AssignmentSummary extends AssignmentRequirements {
  id: string;
  title: string;
  instructions: string;
  groupId: string;
  groupName: string;
  transcriptSlug: string;
  transcriptTitle: string;
  /** ISO 8601 or null. */
  dueAt: string | null;
  hideClassmatesUntilDue: boolean;
  /** Whether the due date has passed (when read). */
  overdue: boolean;
  passage: AssignmentPassage;
  /** Whether the viewer teaches the class (owner). */
  teaching: boolean;
  /** ISO 8601 or null while active. */
  archivedAt: string | null;
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
  /** Whether the viewer teaches the class; teachers get no progress of their own. */
  teaching: boolean;
  /** The viewer's own progress (students), else null. */
  progress: AssignmentProgress | null;
}
