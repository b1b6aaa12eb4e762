/** Reading a transcript and a chronicle for the links CLIs: parse both or exit with `line N: message`. */
import { parseChronicle, type ChronicleEntry } from '@/lib/chronicle';
import { parseTranscript, type ParsedTranscript } from '@/lib/transcript';
import { readTextFile, unwrapOrExit } from './cli';

/** A parsed transcript and the entries of a parsed chronicle. */
export interface LinksInput {
  transcript: ParsedTranscript;
  entries: ChronicleEntry[];
}

/** Reads and parses both files; on a missing file or bad input prints a plain message and exits 1. */
export function readLinksInput(transcriptPath: string | undefined, chroniclePath: string | undefined, usage: string): LinksInput {
  const transcriptRaw = readTextFile(transcriptPath, usage);
  const chronicleRaw = readTextFile(chroniclePath, usage);
  const transcript = unwrapOrExit(parseTranscript(transcriptRaw));
  const chronicle = unwrapOrExit(parseChronicle(chronicleRaw, { fileName: chroniclePath }));
  return { transcript, entries: chronicle.entries };
}

/** When the conference began: the header's time, else the first turn's time line, else unknown. */
export function conferenceStart(transcript: ParsedTranscript): string | null {
  return transcript.heldAt ?? transcript.turns.find((turn) => turn.postedAt)?.postedAt ?? null;
}
