/** One problem found in an input file; `line` counts from 1 in the original text. */
export interface ParseError {
  line: number;
  message: string;
}

/** Parsers return this instead of throwing, so CLIs and upload forms show the same messages. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParseError[] };

export const parsed = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export const failed = <T = never>(errors: ParseError[]): ParseResult<T> => ({ ok: false, errors });

/** Formats errors as `line N: message`, one per line, for CLIs and logs. */
export function formatParseErrors(errors: ParseError[]): string {
  return errors.map((e) => `line ${e.line}: ${e.message}`).join('\n');
}
