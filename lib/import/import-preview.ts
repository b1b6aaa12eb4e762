import type { ParseError } from '@/lib/parse-result';
import { parseTranscript, type ParsedTranscript, type SpeakerRole } from '@/lib/transcript';

/** Largest text the import form takes, in UTF-8 bytes (the upload limit: 5 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Code points of a turn shown in the preview. */
export const PREVIEW_TEXT_CODE_POINTS = 120;

/** A turn this long (code points) gets a warning: often two turns glued together. */
export const LONG_TURN_CODE_POINTS = 3000;

/** One roster entry as the importer corrected it; `label` names the speaker of the parse. */
export interface RosterEdit {
  label: string;
  name: string | null;
  title: string | null;
  organization: string | null;
  role: SpeakerRole;
}

/** Why a turn looks odd in the preview. */
export type TurnWarning = 'long' | 'no_time';

/** One turn as the preview lists it. */
export interface PreviewTurn {
  index: number;
  speaker: string;
  postedAt: string | null;
  /** The first PREVIEW_TEXT_CODE_POINTS code points of the text. */
  excerpt: string;
  /** The full text is longer than the excerpt. */
  truncated: boolean;
  warnings: TurnWarning[];
}

/** What the import page shows before anything is stored. */
export type ImportPreview =
  | {
      ok: true;
      layout: string;
      /** Share of the body the turns explain, 0–1. */
      coverage: number;
      title: string;
      heldAt: string | null;
      heldOn: string | null;
      timezone: string;
      speakers: RosterEdit[];
      turns: PreviewTurn[];
    }
  | {
      ok: false;
      /** Each error with the text of its line (empty when the line is outside the text). */
      errors: (ParseError & { text: string })[];
    };

/** Replaces the roster's name, title, organisation and role by the importer's edits, matched by label; turns take the edited role. */
export function applyRosterEdits(parsed: ParsedTranscript, edits: readonly RosterEdit[]): ParsedTranscript {
  const byLabel = new Map(edits.map((edit) => [edit.label, edit]));
  const speakers = parsed.speakers.map((speaker) => {
    const edit = byLabel.get(speaker.label);
    return edit ? { ...speaker, name: edit.name, title: edit.title, organization: edit.organization, role: edit.role } : speaker;
  });
  const roles = new Map(speakers.map((s) => [s.label, s.role]));
  return { ...parsed, speakers, turns: parsed.turns.map((turn) => ({ ...turn, role: roles.get(turn.speaker) ?? turn.role })) };
}

/** Parses `text` and applies the roster edits: the value that is stored, or the line errors. */
export function parseForImport(text: string, edits: readonly RosterEdit[]) {
  const result = parseTranscript(text);
  return result.ok ? { ok: true as const, value: applyRosterEdits(result.value, edits) } : result;
}

function codePoints(text: string): string[] {
  return Array.from(text);
}

/** The preview of `text` with the roster edits applied: header, roster, turns with warnings, or the errors with their lines. */
export function previewImport(text: string, edits: readonly RosterEdit[]): ImportPreview {
  const result = parseForImport(text, edits);
  if (!result.ok) {
    const lines = text.replace(/\r\n?/gu, '\n').split('\n');
    return { ok: false, errors: result.errors.slice(0, 50).map((e) => ({ ...e, text: codePoints(lines[e.line - 1] ?? '').slice(0, 200).join('') })) };
  }
  const parsed = result.value;
  // "No time" is odd only when other turns have one.
  const timed = parsed.turns.some((turn) => turn.postedAt !== null);
  return {
    ok: true,
    layout: parsed.layout,
    coverage: parsed.coverage,
    title: parsed.title,
    heldAt: parsed.heldAt,
    heldOn: parsed.heldOn,
    timezone: parsed.timezone,
    speakers: parsed.speakers.map(({ label, name, title, organization, role }) => ({ label, name, title, organization, role })),
    turns: parsed.turns.map((turn) => {
      const points = codePoints(turn.text);
      const warnings: TurnWarning[] = [];
      if (points.length > LONG_TURN_CODE_POINTS) warnings.push('long');
      if (timed && turn.postedAt === null) warnings.push('no_time');
      return {
        index: turn.index,
        speaker: turn.speaker,
        postedAt: turn.postedAt,
        excerpt: points.slice(0, PREVIEW_TEXT_CODE_POINTS).join(''),
        truncated: points.length > PREVIEW_TEXT_CODE_POINTS,
        warnings,
      };
    }),
  };
}
