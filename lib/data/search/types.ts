import type { SnippetSegment } from '@/lib/search/snippet';
import type { SearchKind } from '@/lib/validation/search';

/** One search result; `href` goes to the exact turn, annotation or chronicle entry. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  href: string;
  /** Transcript title (turns, annotations) or chronicle title. */
  source: string;
  /** Speaker label (turns, annotations). */
  speaker: string | null;
  turnIndex: number | null;
  /** YYYY-MM-DD: the entry's day, or the day the conference was held. */
  date: string | null;
  /** Claim status and tags of an annotation. */
  status: string | null;
  tags: string[];
  segments: SnippetSegment[];
  /** Not every term occurs: a related match, listed after the full matches. */
  related: boolean;
  score: number;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** Full and related matches per kind, before the page limit. */
  counts: Record<SearchKind, number>;
}
