import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseForImport, type RosterEdit } from '@/lib/import/import-preview';
import { slugFromTitle } from '@/lib/import/slug';
import { importTranscript, type TranscriptImportResult } from './import';

/** The first of `base`, `base-2`, `base-3`… no transcript has (anyone's: a slug is never reused). */
async function freeSlug(base: string): Promise<string> {
  const taken = new Set(
    (await getPrisma().transcript.findMany({ where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] }, select: { slug: true } })).map((row) => row.slug),
  );
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}

/**
 * Stores `text` as a new private transcript of `viewer`: parsed again here (never a parsed value
 * from the client), the roster edits applied, the slug taken from the title and made unique, all
 * in one transaction (importTranscript). A text that does not parse is AppError('invalid') with
 * the first line error. A slug taken meanwhile by someone else is tried again with the next free one.
 */
export async function importOwnTranscript(viewer: Viewer, input: { text: string; roster: readonly RosterEdit[] }): Promise<TranscriptImportResult> {
  const parsed = parseForImport(input.text, input.roster);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new AppError('invalid', first ? `line ${first.line}: ${first.message}` : 'The text could not be read as a transcript');
  }
  const base = slugFromTitle(parsed.value.title, parsed.value.heldOn, input.text);
  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(base);
    try {
      return await importTranscript(getPrisma(), { slug, rawText: input.text, parsed: parsed.value, owner: { viewer } });
    } catch (error) {
      // Another import took the slug between the look-up and the insert (unique violation): the next one.
      const code = (error as { code?: string } | null)?.code;
      if (code !== 'P2002' || attempt >= 3) throw error;
    }
  }
}
