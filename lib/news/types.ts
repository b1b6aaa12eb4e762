/** A news article reduced to what the app stores: title, date, source and body text. */
export interface ParsedNewsDocument {
  title: string;
  /** Publication day as YYYY-MM-DD, or null when the file does not give one. */
  publishedOn: string | null;
  /** Publication time as ISO 8601 with +08:00 (Beijing time), only when a time is given. */
  publishedAt: string | null;
  /** Byline or outlet (`人民日报`, `外交部国际司`), if the text names one. */
  source: string | null;
  /** Body paragraphs in order, without the site's navigation, link lists or counters. */
  paragraphs: string[];
}

/** Options for {@link parseNewsDocument}. */
export interface ParseNewsOptions {
  /** Source file name; names the document when the text has no recognisable title. */
  fileName?: string;
}
