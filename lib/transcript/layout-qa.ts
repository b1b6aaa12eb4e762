import type { TranscriptHeader } from './header';
import type { SourceLine } from './lines';
import { simplified } from './script';
import { addParagraph, openTurn, type RawTurn, type Segmentation } from './segment';
import { isPersonalName } from './titles';

// `问：` / `答：` / `追问：`, and English `Q:` / `A:` / `Follow-up:`; the tag may stand alone on its line.
// `Q.` / `A.` too: a full stop after the single letter, then a space.
const QUESTION = /^(?:(问|追问|再问|又问|记者问|记者|Q|QUESTION|Question|Follow[- ]?[Uu]p|FOLLOW[- ]?UP)\s*[:：]|(Q)\.\s)\s*/u;
const ANSWER = /^(?:(答|A|ANSWER|Answer)\s*[:：]|(A)\.\s)\s*/u;
// A reposted item reports what was asked after the briefing: `会后，有记者问及：…`, then `耿爽表示，…`.
const REPORTED_QUESTION = /^(?:会后|会上|此外)?[，,]?\s*(?:还)?有(记者)(?:问及|问到|提问|问)[:：，,]\s*/u;
const REPORTED_ANSWER = /^(\p{Script=Han}{2,4}?)(?:表示|说|指出|回答说|回答|答复说|强调)[，,：:]\s*/u;

/** The tag opening `text` in a Q&A transcript: label as written, role, and where the text starts. */
function qaTag(text: string): { label: string; kind: 'question' | 'answer' | 'reported'; length: number } | null {
  const head = simplified(text.slice(0, 24));
  const q = QUESTION.exec(head);
  const asked = q?.[1] ?? q?.[2];
  if (q && asked) return { label: text.slice(0, asked.length), kind: 'question', length: q[0].length };
  const reported = REPORTED_QUESTION.exec(head);
  if (reported?.[1]) return { label: reported[1], kind: 'reported', length: reported[0].length };
  const a = ANSWER.exec(head);
  const answered = a?.[1] ?? a?.[2];
  return a && answered ? { label: text.slice(0, answered.length), kind: 'answer', length: a[0].length } : null;
}

/**
 * Question-and-answer transcripts (the Foreign Ministry's `问：` / `答：` briefings and 答记者问
 * items, English `Q:` / `A:`). Answers are the spokesperson's when the header names one (label:
 * their name, not `答`; opening.ts adds their announcements before the first question), and a
 * reported exchange (`会后，有记者问及：…` then `耿爽表示，…`) is a question and an answer.
 */
export function segmentQuestionsAnswers(lines: SourceLine[], header: TranscriptHeader): Segmentation {
  const speaker = header.spokesperson?.name ?? null;
  const turns: RawTurn[] = [];
  const errors: Segmentation['errors'] = [];
  let current: RawTurn | null = null;
  let kind: 'question' | 'answer' | 'reported' | null = null;
  const close = () => {
    if (current && current.paragraphs.length === 0) errors.push({ line: current.line, message: `empty turn: "${current.label}" has no text` });
    if (current) turns.push(current);
    current = null;
  };

  for (let i = header.hasMarker ? header.bodyFrom : 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    if (!text) continue;
    const tag = qaTag(text);
    const reported = kind === 'reported' ? REPORTED_ANSWER.exec(text.slice(0, 16)) : null;
    const reporter = reported?.[1];
    if (tag) {
      close();
      kind = tag.kind;
      const label = tag.kind === 'answer' && speaker ? speaker : tag.label;
      current = openTurn(label, line.number, text.slice(tag.length).trim());
    } else if (reporter && isPersonalName(reporter) && (!speaker || reporter === speaker)) {
      close();
      kind = 'answer';
      current = openTurn(reporter, line.number, text.slice(reported[0].length).trim());
    } else if (current) {
      addParagraph(current, text, line.number);
    }
  }
  close();
  return { turns, errors, absorbed: 0 };
}
