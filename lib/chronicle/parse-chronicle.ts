import { failed, parsed, type ParseResult } from '@/lib/parse-result';
import { classifyLines } from './classify-lines';
import { collectEntries } from './collect-entries';
import { finalizeEntries } from './finalize-entries';
import { inferYear } from './infer-year';
import { normalizeText, toSourceLines } from './normalize-text';
import type { ParseChronicleOptions, ParsedChronicle } from './types';

const NO_ENTRIES = 'no chronicle entries found: expected date headings like "3月8日" and entries starting with ◆';

/**
 * Parses a chronicle (大事记) text file into dated entries. Pure: no I/O, never throws.
 *
 * Date headings (`3月8日`, `2020年3月8日`, `3 月 8 日`, `3月8日（星期日）`) date the entries
 * after them; a bullet (◆, also ● • ■) starts an entry; entries cut by line or page
 * breaks are joined; page markers, page numbers, running headers, duplicates and stray
 * repeated fragments are dropped and listed in `dropped`. Document order is kept even
 * where days are out of order. Entries before the first heading have date null.
 *
 * Errors (`line` is 1-based): no entries at all; a heading that is not a real date;
 * no way to tell the year (see {@link inferYear}; pass `options.year`).
 */
export function parseChronicle(raw: string, options: ParseChronicleOptions = {}): ParseResult<ParsedChronicle> {
  if (options.year !== undefined && !Number.isInteger(options.year)) {
    return failed([{ line: 1, message: `invalid year "${options.year}": expected a 4-digit year` }]);
  }
  const { lines, title } = classifyLines(toSourceLines(raw));
  if (!lines.some((l) => l.kind === 'entry')) return failed([{ line: 1, message: NO_ENTRIES }]);

  const headingYears = lines.flatMap((l) => (l.kind === 'heading' && l.heading.year !== null ? [l.heading.year] : []));
  const text = normalizeText(raw);
  const inferred = inferYear({ optionYear: options.year, headingYears, fileName: options.fileName, text });
  if (!inferred) return failed([{ line: 1, message: 'cannot tell the year: pass --year' }]);

  const collected = collectEntries(lines, inferred.year);
  if (collected.errors.length) return failed(collected.errors);
  const finalized = finalizeEntries(collected.entries);
  if (!finalized.entries.length) return failed([{ line: 1, message: NO_ENTRIES }]);

  const dropped = [...collected.dropped, ...finalized.dropped].sort((a, b) => a.line - b.line);
  return parsed({ title, year: inferred.year, entries: finalized.entries, dropped });
}
