import { matchInlineTag, matchOwnLineTag } from './labels';
import { isMarker, type SourceLine } from './lines';
import { findDate, findHeldAt, matchStamp } from './times';

/** What the lines before the transcript body say about the event. */
export interface TranscriptHeader {
  title: string;
  source: string | null;
  summary: string | null;
  /** `YYYY-MM-DD` from the summary (used for bare times of day), or null. */
  date: string | null;
  heldAt: string | null;
  /** The header lines joined with "\n": officials' titles are looked up here. */
  text: string;
  /** Index (0-based) into the lines of the first line after the header. */
  bodyFrom: number;
  /** True when a marker such as `以下为文字实录：` ends the header. */
  hasMarker: boolean;
}

const SUMMARY_HINT = /\d{4}年[\d零〇一二三四五六七八九十]{1,2}月|发布会|记者会|吹风会|见面会/u;

/** True for the header's summary sentence: it names the date or the kind of event. */
export function looksLikeSummary(text: string): boolean {
  return SUMMARY_HINT.test(text) && Array.from(text).length > 15;
}

function nextText(lines: SourceLine[], from: number): string {
  return lines.slice(from).find((l) => l.text)?.text ?? '';
}

/** The source tag (`【财新网】` alone, or opening the summary line) at line `i`, or null. */
function sourceTagAt(lines: SourceLine[], i: number): { source: string; summary: string | null } | null {
  const text = lines[i]?.text ?? '';
  const own = matchOwnLineTag(text);
  if (own?.bracketed && looksLikeSummary(nextText(lines, i + 1))) return { source: own.label, summary: null };
  const inline = matchInlineTag(text);
  if (inline?.bracketed && looksLikeSummary(inline.rest)) return { source: inline.label, summary: inline.rest };
  return null;
}

/** Without a marker the header ends at the first speaker tag or time line (a source tag aside). */
function headerEnd(lines: SourceLine[], firstFilled: number): number {
  const end = lines.findIndex(
    (l, i) =>
      l.text !== '' &&
      !(i === firstFilled && sourceTagAt(lines, i)) &&
      (matchStamp(l.text) !== null || matchOwnLineTag(l.text) !== null || matchInlineTag(l.text) !== null),
  );
  return end < 0 ? lines.length : end;
}

const KIND = /新闻发布会|发布会|记者会|吹风会|见面会/u;
const ORGANIZER = /^(.+?)(?:于|在)?(?:\d{4}年|[今昨明]天)/u;
const TOPIC_AFTER_INTRO = /介绍(.+?)(?:[，,]\s*(?:并|同时)?(?:答|回答)记者(?:提)?问|[，,。；;]|$)/u;
const TOPIC_AFTER_JIU = /就(.+?)举行/u;

/** A readable title from the summary: organizer + kind of event + topic, or null. */
export function titleFromSummary(summary: string): string | null {
  const organizer = ORGANIZER.exec(summary)?.[1]?.replace(/[，,]$/u, '') ?? null;
  const kind = KIND.exec(summary)?.[0] ?? '新闻发布会';
  const found = (TOPIC_AFTER_INTRO.exec(summary) ?? TOPIC_AFTER_JIU.exec(summary))?.[1] ?? null;
  // `介绍有关情况` names no topic.
  const topic = found && !/^(?:有关|相关)?情况$/u.test(found) ? found : null;
  if (organizer && topic) return `${organizer}${kind}：${topic}`;
  if (organizer) return `${organizer}${kind}`;
  return topic ? `${kind}：${topic}` : null;
}

/**
 * Reads the header: the lines before the marker, or without a marker the lines before the
 * first speaker tag. Finds the source tag, the summary sentence, a plain title line, the date
 * and `heldAt` (with `offset`), and where the body starts.
 */
export function readHeader(lines: SourceLine[], offset: string): TranscriptHeader {
  const firstFilled = lines.findIndex((l) => l.text !== '');
  const marker = lines.findIndex((l) => isMarker(l.text));
  const end = marker >= 0 ? marker : headerEnd(lines, firstFilled);
  const filled = lines.slice(0, end).filter((l) => l.text !== '');
  const tag = firstFilled >= 0 && firstFilled < end ? sourceTagAt(lines, firstFilled) : null;
  const rest = tag ? filled.slice(1) : filled;
  // A dated line is the summary; a `…发布会` line without a date is more likely a title.
  const summary =
    tag?.summary ?? (rest.find((l) => findDate(l.text)) ?? rest.find((l) => looksLikeSummary(l.text)))?.text ?? null;
  const first = tag?.summary ? undefined : rest[0]?.text;
  const plainTitle = first && first !== summary && Array.from(first).length <= 60 && !/[。！？]$/u.test(first);
  const title =
    (plainTitle ? first : null) ??
    (summary ? titleFromSummary(summary) : null) ??
    (tag ? `${tag.source}文字实录` : '文字实录');
  return {
    title,
    source: tag?.source ?? null,
    summary,
    date: summary ? (findDate(summary)?.date ?? null) : null,
    heldAt: summary ? findHeldAt(summary, offset) : null,
    text: filled.map((l) => l.text).join('\n'),
    bodyFrom: marker >= 0 ? marker + 1 : end,
    hasMarker: marker >= 0,
  };
}
