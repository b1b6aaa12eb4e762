/** Plain objects the links data layer returns; nothing here is a database row. */
import type { LinkReason } from '@/lib/linking';

export type LinkVerdictName = 'confirmed' | 'rejected';
export type LinkVisibilityName = 'private' | 'public' | 'group';

/** A chronicle entry as a link shows it; `date` is YYYY-MM-DD or null. */
export interface LinkedEntryView {
  id: string;
  key: string;
  chronicleSlug: string;
  date: string | null;
  text: string;
}

/** A judgment the viewer may see. Authors appear by name only, never by email. */
export interface JudgmentView {
  id: string;
  authorName: string;
  isMine: boolean;
  verdict: LinkVerdictName;
  note: string | null;
  visibility: LinkVisibilityName;
  /** The group that may read it, for `group` visibility (the viewer is its member or the judgment's author). */
  group: { id: string; name: string } | null;
  /** ISO 8601. */
  updatedAt: string;
}

/** One turn ↔ chronicle entry link as the viewer sees it. */
export interface TurnLinkView {
  id: string;
  transcriptSlug: string;
  turnIndex: number;
  entry: LinkedEntryView;
  /** How the link came to be, as far as the viewer may know (someone's private manual link the engine also ranks shows as suggested). */
  origin: 'suggested' | 'manual';
  /** The engine's score and rank (1 = best) when it suggests the entry; rank null once it no longer does. */
  score: number | null;
  rank: number | null;
  reasons: LinkReason[];
  addedByMe: boolean;
  /** Confirmations and rejections the viewer may see (their own private one included). */
  confirmations: number;
  rejections: number;
  /** The viewer's own judgment, or null. */
  mine: JudgmentView | null;
  /** Visible judgments that carry a note, oldest first. */
  notes: JudgmentView[];
}

/** What a write did, for revalidating the pages that show it. */
export interface LinkWriteResult {
  linkId: string;
  transcriptSlug: string;
  turnIndex: number;
}

/** A turn linked to a chronicle entry, as the chronicle page lists it. */
export interface LinkedTurnView {
  linkId: string;
  transcriptSlug: string;
  transcriptTitle: string;
  turnIndex: number;
  speaker: string;
  snippet: string;
  confirmations: number;
  rejections: number;
}

/** The chronicle entries of one day, for the "add a link" picker. */
export interface EntryOptionGroup {
  chronicleSlug: string;
  date: string | null;
  entries: { id: string; key: string; text: string }[];
}

/** A group a link or judgment can be shared with, as the forms offer it. */
export interface LinkGroupChoice {
  id: string;
  name: string;
}
