import { failed, parsed, type ParseResult } from '@/lib/parse-result';
import { groupExchanges } from './exchanges';
import { readHeader } from './header';
import { detectLayout } from './layouts';
import { splitLines } from './lines';
import { buildRoster } from './roster';
import { toIso } from './times';
import type { ParsedTranscript, ParseTranscriptOptions, TranscriptTurn } from './types';

const BEIJING = '+08:00';

/**
 * Parses a press-conference transcript (raw file text, any line endings, BOM allowed) into
 * metadata, a speaker roster, turns and question-and-answer exchanges. Never throws: input it
 * cannot read comes back as `{ ok: false, errors: [{ line, message }] }` with 1-based lines.
 * Times in the file are read at `options.timezoneOffset` (default `+08:00`, Beijing time).
 */
export function parseTranscript(raw: string, options: ParseTranscriptOptions = {}): ParseResult<ParsedTranscript> {
  const offset = options.timezoneOffset ?? BEIJING;
  if (!/^[+-](?:[01]\d|2[0-3]):[0-5]\d$/.test(offset)) {
    return failed([{ line: 1, message: `invalid timezone offset "${offset}": expected ±hh:mm such as +08:00` }]);
  }
  const lines = splitLines(raw);
  const header = readHeader(lines, offset);
  const found = detectLayout(lines, header);
  if (found.turns.length === 0) {
    const line = header.hasMarker ? (lines[header.bodyFrom]?.number ?? lines.length) : 1;
    return failed([{ line, message: 'no speaker turns found: expected speaker lines such as "姓名:" or "【姓名】"' }]);
  }
  if (found.errors.length > 0) return failed([...found.errors].sort((a, b) => a.line - b.line));

  const speakers = buildRoster(
    found.turns.map((t) => t.label),
    header.text,
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
  const first = header.hasMarker ? header.bodyFrom : (found.turns[0]?.line ?? 1) - 1;
  const last = found.turns[found.turns.length - 1]?.end ?? lines.length;
  return parsed({
    title: header.title,
    source: header.source,
    summary: header.summary,
    heldAt: header.heldAt,
    timezone: offset === BEIJING ? 'Asia/Shanghai' : `UTC${offset}`,
    layout: found.layout.id,
    speakers,
    turns,
    exchanges: groupExchanges(turns),
    body: lines
      .slice(first, last)
      .map((l) => l.raw)
      .join('\n'),
  });
}
