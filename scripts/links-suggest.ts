/**
 * Suggests chronicle entries for every turn of a transcript:
 *   npm run --silent links:suggest -- <transcript-file> <chronicle-file> [--k 5]
 * Prints `{ "turns": [{ "index", "suggestions": [{ "date", "text", "score", "reasons" }] }] }`,
 * best suggestion first; scores and reason weights are rounded to 3 decimals (a score is
 * the sum of its reasons' weights, see lib/linking/weights.ts). On bad input it prints
 * `line N: message` lines on stderr and exits 1, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { suggestForTranscript } from '@/lib/linking';
import { fail, printJson } from './lib/cli';
import { conferenceStart, readLinksInput } from './lib/links-input';

const USAGE = 'npm run --silent links:suggest -- <transcript-file> <chronicle-file> [--k 5]';

function readArgs(): { transcriptFile: string | undefined; chronicleFile: string | undefined; k: number } {
  try {
    const { values, positionals } = parseArgs({ options: { k: { type: 'string' } }, allowPositionals: true });
    if (positionals.length > 2) fail(`usage: ${USAGE}`);
    if (values.k !== undefined && !/^[1-9]\d*$/.test(values.k)) fail(`--k must be a positive whole number, got "${values.k}"`);
    return { transcriptFile: positionals[0], chronicleFile: positionals[1], k: values.k === undefined ? 5 : Number(values.k) };
  } catch (error) {
    // parseArgs throws on unknown options; show the usage, not a stack trace.
    fail(`${(error as Error).message}\nusage: ${USAGE}`);
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

const { transcriptFile, chronicleFile, k } = readArgs();
if (!chronicleFile) fail(`usage: ${USAGE}`);
const { transcript, entries } = readLinksInput(transcriptFile, chronicleFile, USAGE);
const turns = suggestForTranscript(transcript.turns, entries, { heldAt: conferenceStart(transcript), k });

// Only these keys, in this order: the JSON is a stable interface for people and scripts.
printJson({
  turns: turns.map(({ index, suggestions }) => ({
    index,
    suggestions: suggestions.map(({ date, text, score, reasons }) => ({
      date,
      text,
      score: round(score),
      reasons: reasons.map(({ kind, value, weight }) => ({ kind, value, weight: round(weight) })),
    })),
  })),
});
