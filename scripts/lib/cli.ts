import { readFileSync } from 'node:fs';
import { formatParseErrors, type ParseResult } from '@/lib/parse-result';

/** Prints a clear message on stderr and exits 1: CLIs never show a stack trace. */
export function fail(message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(1);
}

/** Reads a UTF-8 text file named on the command line, or fails with a readable message. */
export function readTextFile(path: string | undefined, usage: string): string {
  if (!path) fail(`usage: ${usage}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    fail(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
}

/** Returns the parsed value, or prints `line N: message` lines and exits 1. */
export function unwrapOrExit<T>(result: ParseResult<T>): T {
  if (!result.ok) fail(formatParseErrors(result.errors));
  return result.value;
}

/** Prints a value as pretty JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
