/** One dated (or undated) event of a chronicle, as it will be stored and linked. */
export interface ChronicleEntry {
  /**
   * Stable across re-imports of the same text: `${date}-${n}` where n is the 1-based
   * ordinal of the entry within that date in document order, or `undated-${n}`.
   */
  id: string;
  /** Calendar day as YYYY-MM-DD, or null for entries before the first date heading. */
  date: string | null;
  /** The entry's text without its bullet, with lines broken by the layout joined. */
  text: string;
  /** 1-based position among the kept entries, in document order. */
  position: number;
  /** 1-based source line where the entry's bullet is. */
  line: number;
}

/** Something the parser removed from the source, reported so an import can show it. */
export interface DroppedText {
  /** 1-based source line. */
  line: number;
  /** Why it was removed, in plain words for the import report. */
  reason: string;
  text: string;
}

/** A whole chronicle file: its title, the year its headings belong to, and its entries. */
export interface ParsedChronicle {
  /** The document's title (its first running header line), if it has one. */
  title: string | null;
  /** Year for date headings that do not spell one out. */
  year: number;
  entries: ChronicleEntry[];
  /** What was removed and why (print artefacts, duplicates, repeated fragments). */
  dropped: DroppedText[];
}

/** Options a caller can pass when the text alone does not say enough. */
export interface ParseChronicleOptions {
  /** Year for headings like `3月8日`; wins over anything inferred from the text. */
  year?: number;
  /** Source file name; a 4-digit year in it (chronicle-2020-03.txt) is used as a hint. */
  fileName?: string;
}
