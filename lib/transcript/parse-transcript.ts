import { failed, parsed, type ParseResult } from '@/lib/parse-result';
import { groupExchanges } from './exchanges';
import { readHeader } from './header';
import { checkInput } from './input-checks';
import { isDateline } from './line-kinds';
import { judgeParse } from './judge';
import { detectLayout } from './layouts';
import { splitLines } from './lines';
import { maskPageLines } from './page-lines';
import { buildRoster } from './roster';
import { languageOf } from './script';
import { findDate, toIso } from './times';
import type { ParsedTranscript, ParseTranscriptOptions, TranscriptTurn } from './types';

const BEIJING = '+08:00';
const OFFSET = /^[+-](?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Parses a press-conference transcript (raw file text, any line endings, BOM allowed) into
 * metadata, a speaker roster, turns and question-and-answer exchanges. Never throws: input it
 * cannot read — or could only read in part (coverage below `MIN_COVERAGE`, a single turn or
 * speaker) — comes back as `{ ok: false, errors: [{ line, message }] }` with 1-based lines.
 * Times in the file are read at `options.timezoneOffset`, else at the zone the header names,
 * else at `+08:00` (Beijing time).
 */
export function parseTranscript(raw: string, options: ParseTranscriptOptions = {}): ParseResult<ParsedTranscript> {
  if (options.timezoneOffset !== undefined && !OFFSET.test(options.timezoneOffset)) {
    return failed([{ line: 1, message: `invalid timezone offset "${options.timezoneOffset}": expected ±hh:mm such as +08:00` }]);
  }
  const problem = checkInput(raw);
  if (problem) return failed([problem]);
  const { lines, page } = maskPageLines(splitLines(raw));
  const guess = readHeader(lines, options.timezoneOffset ?? BEIJING, { page });
  const offset = options.timezoneOffset ?? guess.offset ?? BEIJING;
  const found = detectLayout(lines, guess);
  const [firstTurn] = found.turns;
  if (!firstTurn) {
    const line = guess.hasMarker ? (lines[guess.bodyFrom]?.number ?? lines.length) : 1;
    return failed([{ line, message: 'no speaker turns found: expected speaker lines such as "姓名:" or "【姓名】"' }]);
  }
  if (found.errors.length > 0) return failed([...found.errors].sort((a, b) => a.line - b.line));
  const refusal = judgeParse(found, guess.hasMarker);
  if (refusal.length > 0) return failed(refusal);

  // The header is what precedes the first turn (a spokesperson's opening included in the body).
  const releasedOn = lines.slice(found.end).find((l) => isDateline(l.text))?.text;
  const header = readHeader(lines, offset, {
    page,
    end: guess.hasMarker ? undefined : firstTurn.from - 1,
    releasedOn: releasedOn ? (findDate(releasedOn)?.date ?? null) : null,
  });
  const hints = found.turns.flatMap((t) => (t.hint ? [t.hint] : []));
  const speakers = buildRoster(
    found.turns.map((t) => t.label),
    [header.text, guess.text, ...new Set(hints)].join('\n'),
  );
  const roleOf = new Map(speakers.map((s) => [s.label, s.role]));
  const turns: TranscriptTurn[] = found.turns.map((t, i) => {
    const date = t.stamp?.date ?? header.date;
    return {
      index: i + 1,
      speaker: t.label,
      role: roleOf.get(t.label) ?? 'other',
      // A bare time of day takes the header's date; without one the time stays unknown.
      postedAt: t.stamp && date ? toIso(date, t.stamp.time, offset) : null,
      text: t.paragraphs.join('\n'),
      line: t.line,
    };
  });
  const first = header.hasMarker ? header.bodyFrom : firstTurn.from - 1;
  return parsed({
    title: header.title,
    source: header.source,
    summary: header.summary,
    heldAt: header.heldAt,
    heldOn: header.date,
    timezone: offset === BEIJING ? 'Asia/Shanghai' : `UTC${offset}`,
    language: languageOf(turns.slice(0, 200).map((t) => t.text).join('\n')),
    layout: found.layout.id,
    speakers,
    turns,
    exchanges: groupExchanges(turns),
    body: lines
      .slice(first, found.end)
      .map((l) => l.raw)
      .join('\n'),
    coverage: Math.round(found.coverage.share * 1000) / 1000,
  });
}
