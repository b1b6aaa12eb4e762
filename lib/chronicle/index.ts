/** Pure chronicle parser: raw chronicle text -> dated entries. */
export { parseChronicle } from './parse-chronicle';
export { inferYear, type YearClues, type YearSource } from './infer-year';
export { parseDateHeading, toIsoDate, type DateHeading } from './date-heading';
export { normalizeText, toSourceLines, toAsciiDigits, type SourceLine } from './normalize-text';
export { endsSentence, joinBroken } from './sentences';
export type { ChronicleEntry, DroppedText, ParsedChronicle, ParseChronicleOptions } from './types';
