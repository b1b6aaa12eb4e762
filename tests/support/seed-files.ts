import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of a file of the sample corpus the project carries. */
export const seedFile = (name: string) => join(process.cwd(), 'prisma', 'seed', 'data', name);

export const SEED_TRANSCRIPT = seedFile('scio-2020-03-26-press-conference.txt');
export const SEED_CHRONICLE = seedFile('chronicle-2020-03.txt');

export const readSeed = (path: string) => readFileSync(path, 'utf8');

/** Row counts of every content table, to prove that an operation changed nothing. */
export const COUNT_ROWS_SQL = `SELECT
  (SELECT count(*) FROM "Transcript")::int AS transcripts,
  (SELECT count(*) FROM "TranscriptVersion")::int AS versions,
  (SELECT count(*) FROM "Speaker")::int AS speakers,
  (SELECT count(*) FROM "Turn")::int AS turns,
  (SELECT count(*) FROM "Exchange")::int AS exchanges,
  (SELECT count(*) FROM "ExchangeAnswer")::int AS answers,
  (SELECT count(*) FROM "Chronicle")::int AS chronicles,
  (SELECT count(*) FROM "ChronicleEntry")::int AS entries,
  (SELECT count(*) FROM "NewsDocument")::int AS news,
  (SELECT count(*) FROM "NewsParagraph")::int AS paragraphs`;
