/**
 * `npm run --silent transcript:parse -- <file>`: parses a transcript file and prints its title,
 * start time, speakers and turns as JSON. Unreadable input exits 1 with `line N: message` lines.
 */
import { parseTranscript } from '@/lib/transcript';
import { printJson, readTextFile, unwrapOrExit } from './lib/cli';

const transcript = unwrapOrExit(parseTranscript(readTextFile(process.argv[2], 'npm run transcript:parse -- <file>')));

// Only these keys, in this order: the JSON is a stable interface for people and scripts.
printJson({
  title: transcript.title,
  heldAt: transcript.heldAt,
  speakers: transcript.speakers.map(({ label, name, title, organization, role }) => ({ label, name, title, organization, role })),
  turns: transcript.turns.map(({ index, speaker, role, postedAt, text }) => ({ index, speaker, role, postedAt, text })),
});
