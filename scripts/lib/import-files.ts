import { readFileSync } from 'node:fs';
import { parseChronicle } from '@/lib/chronicle';
import type { PrismaClient } from '@/lib/db/client';
import { importChronicle, type ChronicleImportResult, importNewsDocument, type NewsImportResult, importTranscript, type TranscriptImportResult } from '@/lib/data/transcripts';
import { parseNewsDocument } from '@/lib/news';
import { parseTranscript } from '@/lib/transcript';
import { formatParseErrors, type ParseResult } from '@/lib/parse-result';
import { decodeDocument } from '@/lib/import/decode-text';
import { slugFromFileName } from '@/lib/import/slug';

/** A file that does not parse; the message holds `line N: …` lines prefixed with the path. */
export class ImportFileError extends Error {}

function parseOrThrow<T>(path: string, result: ParseResult<T>): T {
  if (result.ok) return result.value;
  throw new ImportFileError(formatParseErrors(result.errors).replace(/^/gm, `${path}: `));
}

/**
 * Reads (any encoding, HTML or .docx the decoder takes), parses and stores a transcript file;
 * the slug defaults to the file name.
 */
export async function importTranscriptFile(prisma: PrismaClient, path: string, slug?: string): Promise<TranscriptImportResult> {
  const rawText = parseOrThrow(path, await decodeDocument(readFileSync(path), { fileName: path })).text;
  const parsed = parseOrThrow(path, parseTranscript(rawText));
  return importTranscript(prisma, { slug: slug ?? slugFromFileName(path, 'transcript', rawText), rawText, parsed });
}

/** Reads, parses and stores a chronicle file. */
export async function importChronicleFile(prisma: PrismaClient, path: string, year?: number): Promise<ChronicleImportResult> {
  const rawText = readFileSync(path, 'utf8');
  const parsed = parseOrThrow(path, parseChronicle(rawText, { year, fileName: path }));
  return importChronicle(prisma, { slug: slugFromFileName(path, 'chronicle', rawText), rawText, parsed });
}

/** Reads, parses and stores a news article. */
export async function importNewsFile(prisma: PrismaClient, path: string): Promise<NewsImportResult> {
  const rawText = readFileSync(path, 'utf8');
  const parsed = parseOrThrow(path, parseNewsDocument(rawText, { fileName: path }));
  return importNewsDocument(prisma, { slug: slugFromFileName(path, 'news', rawText), rawText, parsed });
}
