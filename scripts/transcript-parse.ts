/**
 * `npm run --silent transcript:parse -- <file>`: parses a transcript file and prints its title,
 * start time, speakers and turns as JSON. The file may be text in any encoding the decoder reads
 * (UTF-8, UTF-16, GB18030/GBK, Big5), an HTML page or a .docx file. Unreadable input exits 1
 * with `line N: message` lines.
 */
import { readFileSync } from 'node:fs';
import { decodeDocument } from '@/lib/import/decode-text';
import { parseTranscript } from '@/lib/transcript';
import { fail, printJson, unwrapOrExit } from './lib/cli';

const path = process.argv[2];
if (!path) fail('usage: npm run transcript:parse -- <file>');

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    fail(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
}

const decoded = unwrapOrExit(await decodeDocument(readBytes(path), { fileName: path }));
const transcript = unwrapOrExit(parseTranscript(decoded.text));

// Only these keys, in this order: the JSON is a stable interface for people and scripts.
printJson({
  title: transcript.title,
  heldAt: transcript.heldAt,
  speakers: transcript.speakers.map(({ label, name, title, organization, role }) => ({ label, name, title, organization, role })),
  turns: transcript.turns.map(({ index, speaker, role, postedAt, text }) => ({ index, speaker, role, postedAt, text })),
});
