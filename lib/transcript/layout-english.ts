import type { TranscriptHeader } from './header';
import { isSpeakerLabel } from './labels';
import type { SourceLine } from './lines';
import { addParagraph, openTurn, type RawTurn, type Segmentation } from './segment';

// `MS. PSAKI:`, `SECRETARY BLINKEN:`, `THE PRESIDENT:`, `QUESTION:` — capitals, at most five words.
const CAPS = /^((?:[A-Z][A-Z.'’-]*)(?:[ \t]+[A-Z][A-Z.'’-]*){0,4})[ \t]*:[ \t]*/u;
// White House transcripts mark questions with a bare `Q` and spaces (`Q    Thanks, Jen.`).
const BARE_Q = /^Q(?:[ \t]*[:.][ \t]*|[ \t]+)(?=\S)/u;
// Labels that say who speaks: a title or honorific, or the words for asking and chairing.
const VOUCHED = /^(?:Q|QUESTION|REPORTER|MODERATOR|OPERATOR|MR\.?|MS\.?|MRS\.?|DR\.?|THE|SECRETARY|AMBASSADOR|GENERAL|ADMIRAL|PRESIDENT|GOVERNOR|DIRECTOR|SENATOR|MINISTER|ADMINISTRATOR|COMMISSIONER)\b/u;

/** The upper-case tag opening `text`: its label and where the text after it starts, or null. */
function capsTag(text: string): { label: string; length: number } | null {
  const head = text.slice(0, 80);
  const bare = BARE_Q.exec(head);
  if (bare) return { label: 'Q', length: bare[0].length };
  const m = CAPS.exec(head);
  const label = m?.[1]?.trim();
  return m && label && (label === 'Q' || /[A-Z].*[A-Z]/u.test(label)) && isSpeakerLabel(label) ? { label, length: m[0].length } : null;
}

/**
 * English briefings with upper-case speaker tags (`MS. PSAKI:  Hi, everyone.`) and questions
 * marked `Q` (bare or with a colon). A tag opens a turn when its label is vouched for — a
 * title or honorific, `Q`, `QUESTION`, `MODERATOR` — used twice, or named in the header, so a
 * one-off `NOTE:` or `WASHINGTON:` inside a paragraph stays text.
 */
export function segmentEnglishSpeakers(lines: SourceLine[], header: TranscriptHeader): Segmentation {
  const from = header.hasMarker ? header.bodyFrom : 0;
  const counts = new Map<string, number>();
  for (let i = from; i < lines.length; i++) {
    const tag = lines[i]?.text ? capsTag(lines[i]?.text ?? '') : null;
    if (tag) counts.set(tag.label, (counts.get(tag.label) ?? 0) + 1);
  }
  const upperHeader = header.text.toUpperCase();
  const known = (label: string) =>
    VOUCHED.test(label) || (counts.get(label) ?? 0) >= 2 || (label.length >= 4 && upperHeader.includes(label));
  const turns: RawTurn[] = [];
  const errors: Segmentation['errors'] = [];
  let current: RawTurn | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (!line.text) continue;
    const tag = capsTag(line.text);
    if (tag && known(tag.label)) {
      if (current) turns.push(current);
      current = openTurn(tag.label, line.number, line.text.slice(tag.length).trim());
    } else if (current) {
      addParagraph(current, line.text, line.number);
    }
  }
  if (current) turns.push(current);
  for (const t of turns) if (t.paragraphs.length === 0) errors.push({ line: t.line, message: `empty turn: "${t.label}" has no text` });
  return { turns, errors, absorbed: 0 };
}
