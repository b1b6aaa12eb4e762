/** Who a speaker is at the press conference; decides how turns group into exchanges. */
export type SpeakerRole = 'host' | 'official' | 'journalist' | 'other';

/** One entry of the roster, in order of first appearance in the transcript. */
export interface TranscriptSpeaker {
  /** The label as written before the turn, without colon or brackets (e.g. `CGTN记者`). */
  label: string;
  /** The personal name when the label is (or ends with) one, else null. */
  name: string | null;
  /** Full title from the header summary or the label, e.g. `外交部副部长`. */
  title: string | null;
  /** The organisation: the title minus its position, or a journalist's outlet. */
  organization: string | null;
  role: SpeakerRole;
}

/** One speaker's uninterrupted contribution. */
export interface TranscriptTurn {
  /** Position in the transcript, counting from 1. */
  index: number;
  /** The speaker's label as written, without colon or brackets. */
  speaker: string;
  role: SpeakerRole;
  /** ISO 8601 with offset (e.g. `2020-03-26T10:01:21+08:00`) from the closing time line, or null. */
  postedAt: string | null;
  /** Paragraphs trimmed of whitespace (full-width spaces included), joined with "\n". */
  text: string;
  /** 1-based source line of the speaker line or tag. */
  line: number;
}

/** A journalist's question and the officials' turns that answer it (turn indexes). */
export interface TranscriptExchange {
  question: number;
  answers: number[];
}

/** Everything the parser reads out of one transcript file. */
export interface ParsedTranscript {
  title: string;
  /** The source tag of the header, e.g. `财新网` from `【财新网】`. */
  source: string | null;
  /** The header's summary sentence (date, time, officials, topic). */
  summary: string | null;
  /** When the event began, ISO 8601 with offset, from the summary; null without a time of day. */
  heldAt: string | null;
  /**
   * The day of the event as a calendar date, `YYYY-MM-DD` with no time and no offset (the day as
   * the page states it, in `timezone`). Set whenever the source gives a date, with or without a
   * time of day: a date alone (`2020年3月26日外交部发言人耿爽主持例行记者会`) gives `heldOn` and a
   * null `heldAt`, never a made-up midnight.
   */
  heldOn: string | null;
  /**
   * IANA zone (`Asia/Shanghai` for +08:00) or `UTC±hh:mm` for another offset: the option's offset,
   * else the zone the header names (`12:31 P.M. EST` → `UTC-05:00`), else Beijing time.
   */
  timezone: string;
  /** Main language of the turns: `zh` (Simplified or Traditional Chinese) or `en`. */
  language: 'zh' | 'en';
  /** Id of the detected layout, one of `LAYOUTS` in layouts.ts. */
  layout: string;
  speakers: TranscriptSpeaker[];
  turns: TranscriptTurn[];
  exchanges: TranscriptExchange[];
  /** Source text from the start of the transcript body to the end of the last turn (LF line ends, no BOM). */
  body: string;
  /**
   * Share of the body the turns explain, 0–1: non-blank characters inside turns (tags, text,
   * time lines) over the non-blank characters of the body, where header lines, rule lines, end
   * marks, site chrome and what follows the end of the transcript do not count. A parse below
   * `MIN_COVERAGE` (judge.ts) is refused.
   */
  coverage: number;
}

/** Options of `parseTranscript`. */
export interface ParseTranscriptOptions {
  /** UTC offset of the times in the file, `±hh:mm`; default: the zone the header names (`EST`), else `+08:00` (Beijing time). */
  timezoneOffset?: string;
}
