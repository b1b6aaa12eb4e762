import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { codePointLength, utf16ToCodePoint } from '@/lib/anchoring/code-points';
import { AppError } from '@/lib/errors';
import type { PassageInput } from '@/lib/validation/assignments';
import { visibleCurrentTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** The passage columns as stored. */
export interface StoredPassage {
  passageKind: PassageInput['kind'];
  fromTurn: number | null;
  toTurn: number | null;
  speakerLabel: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

/**
 * Checks a passage against the current version of transcript `slug` and returns the transcript
 * id with the columns to store. A span given as a quote is found in its turn (first occurrence).
 * Unknown transcript, or one `viewer` may not read (visibleTranscriptWhere): AppError('not_found');
 * one the class `groupId` cannot read (neither public nor shared with that class), turns, speaker
 * or span not in it: AppError('invalid').
 */
export async function resolvePassageInput(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  groupId: string,
  slug: string,
  passage: PassageInput,
): Promise<{ transcriptId: string; stored: StoredPassage }> {
  const transcript = await tx.transcript.findFirst({
    where: visibleCurrentTranscriptWhere(viewer, slug),
    select: { id: true, visibility: true, groupId: true, currentVersion: { select: { turns: { select: { index: true, text: true, speaker: { select: { label: true } } } } } } },
  });
  const turns = transcript?.currentVersion?.turns;
  if (!transcript || !turns) throw new AppError('not_found');
  // Students read the passage: a transcript only its teacher (or another group) may read is no assignment.
  if (transcript.visibility !== 'public' && !(transcript.visibility === 'group' && transcript.groupId === groupId)) {
    invalid('The class cannot read this transcript: share it with the class first');
  }
  const empty = { fromTurn: null, toTurn: null, speakerLabel: null, spanStart: null, spanEnd: null };
  const turn = (index: number) => turns.find((t) => t.index === index) ?? invalid(`The transcript has no turn ${index}`);
  if (passage.kind === 'turn_range') {
    if (passage.fromTurn > passage.toTurn) invalid('The first turn comes after the last one');
    turn(passage.fromTurn);
    turn(passage.toTurn);
    return { transcriptId: transcript.id, stored: { ...empty, passageKind: 'turn_range', fromTurn: passage.fromTurn, toTurn: passage.toTurn } };
  }
  if (passage.kind === 'speaker') {
    if (!turns.some((t) => t.speaker.label === passage.speakerLabel)) invalid(`Nobody called ${passage.speakerLabel} speaks in this transcript`);
    return { transcriptId: transcript.id, stored: { ...empty, passageKind: 'speaker', speakerLabel: passage.speakerLabel } };
  }
  const text = turn(passage.turn).text;
  let start = passage.start;
  let end = passage.end;
  if (passage.quote) {
    const at = text.indexOf(passage.quote);
    if (at < 0) invalid(`Turn ${passage.turn} does not contain that quote`);
    start = utf16ToCodePoint(text, at);
    end = start + codePointLength(passage.quote);
  }
  if (start === undefined || end === undefined || start >= end || end > codePointLength(text)) invalid('Give the span as a quote, or as start and end within the turn');
  return { transcriptId: transcript.id, stored: { ...empty, passageKind: 'span', fromTurn: passage.turn, toTurn: passage.turn, spanStart: start, spanEnd: end } };
}

function invalid(message: string): never {
  throw new AppError('invalid', message);
}
