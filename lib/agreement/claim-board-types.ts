/** Plain objects of a team's claim board; nothing here is a database row. */
import type { GroupRoleName } from '@/lib/validation/groups';
import type { ClaimStatusName, ClaimTypeName } from '@/lib/validation/annotations';

/** A person as the board shows them: never the e-mail address. */
export interface BoardPerson {
  id: string;
  name: string;
}

/** One member's claim on a span. Offsets are code points within the turn, end exclusive. */
export interface BoardClaim {
  id: string;
  author: BoardPerson;
  isMine: boolean;
  type: ClaimTypeName;
  status: ClaimStatusName;
  start: number;
  end: number;
  exact: string;
  evidenceCount: number;
  /** The start of the note as plain text; '' for a highlight. */
  noteExcerpt: string;
  /** Hidden by a moderator (only its author and moderators see it at all). */
  hidden: boolean;
  createdAt: string;
  /** False when the same member made a later claim on this span: only the latest counts. */
  latest: boolean;
}

/** An owner's or moderator's decision kept for a span. */
export interface BoardDecision {
  type: ClaimTypeName;
  status: ClaimStatusName;
  note: string | null;
  decidedBy: BoardPerson;
  decidedAt: string;
}

/** Claims of several members on "the same span" (lib/agreement/span-overlap.ts), side by side. */
export interface BoardSpan {
  /** `turnIndex:start-end` of the union span; stable while the claims stay. */
  key: string;
  turnIndex: number;
  /** Label of the turn's speaker as written in the transcript. */
  speaker: string;
  /** Union of the claims' spans and its text. */
  start: number;
  end: number;
  quote: string;
  /** In the order they were made. */
  claims: BoardClaim[];
  /** Members with a claim here. */
  coders: number;
  /** Two members or more whose latest claims differ in status or type. */
  disagreement: boolean;
  decision: BoardDecision | null;
  /** When the newest claim here was made (ISO 8601). */
  newestAt: string;
}

/** Agreement on claim status (Krippendorff's alpha, nominal) and what it rests on. */
export interface BoardAgreement {
  /** Null when no span has claims of two members. */
  alpha: number | null;
  /** Spans with claims of two members or more. */
  spans: number;
  /** Claims counted (each member's latest per span). */
  claims: number;
}

/** A team's claim board for one transcript as a member sees it. */
export interface ClaimBoard {
  group: { id: string; name: string; myRole: GroupRoleName; archived: boolean };
  /** Owners and moderators of an active team decide disagreements. */
  canAdjudicate: boolean;
  transcript: { slug: string; title: string };
  /** After the filters, in the requested order. */
  spans: BoardSpan[];
  /** Before the filters. */
  totals: { spans: number; claims: number; disagreements: number };
  agreement: BoardAgreement;
  /** Speaker labels that have claims, in turn order (for the speaker filter). */
  speakers: string[];
}
