import type { ClaimStatusName, ClaimTypeName } from '@/lib/validation/annotations';

/** Evidence as exports carry it: addressed by stable keys (slugs, entry keys), not row ids. */
export type PortableEvidence =
  | { kind: 'chronicle_entry'; chronicleSlug: string; entryKey: string; note: string | null }
  | { kind: 'news_paragraph'; documentSlug: string; position: number; note: string | null }
  | { kind: 'url'; url: string; note: string | null };

/** One annotation in the form both export and import use. Offsets are code points in the turn. */
export interface PortableAnnotation {
  transcriptSlug: string;
  turnIndex: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** The stored tiptap document, or null for a highlight. */
  body: unknown;
  tags: string[];
  claim: { type: ClaimTypeName; status: ClaimStatusName } | null;
  evidence: PortableEvidence[];
}

/** What an export adds around an annotation: identity, authorship and times. */
export interface ExportedAnnotation extends PortableAnnotation {
  id: string;
  bodyHtml: string | null;
  author: { id: string; name: string };
  createdAt: string;
  modifiedAt: string | null;
}
