/**
 * Parses a chronicle text file and prints its entries as JSON:
 *   npm run --silent chronicle:parse -- <file> [--year 2020]
 * Prints `{ "entries": [{ "id", "date", "text" }] }`. On bad input it prints
 * `line N: message` lines on stderr and exits 1, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { parseChronicle } from '@/lib/chronicle';
import { fail, printJson, readTextFile, unwrapOrExit } from './lib/cli';

const USAGE = 'npm run --silent chronicle:parse -- <file> [--year 2020]';

function readArgs(): { file: string | undefined; year: number | undefined } {
  try {
    const { values, positionals } = parseArgs({
      options: { year: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length > 1) fail(`usage: ${USAGE}`);
    if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
      fail(`--year must be a 4-digit year, got "${values.year}"`);
    }
    return { file: positionals[0], year: values.year === undefined ? undefined : Number(values.year) };
  } catch (error) {
    // parseArgs throws on unknown options; show the usage, not a stack trace.
    fail(`${(error as Error).message}\nusage: ${USAGE}`);
  }
}

const { file, year } = readArgs();
const raw = readTextFile(file, USAGE);
const chronicle = unwrapOrExit(parseChronicle(raw, { year, fileName: file }));
printJson({ entries: chronicle.entries.map(({ id, date, text }) => ({ id, date, text })) });
