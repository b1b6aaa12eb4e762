import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { matchQuote } from '@/lib/anchoring/match-quote';
import { codePointSlice } from '@/lib/anchoring/code-points';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { ImportItem } from '@/lib/export/parse-web-annotations';
import type { PortableEvidence } from '@/lib/export/web-annotation-types';
import type { EvidenceInput } from '@/lib/validation/annotations';
import { verifyAnchor } from './anchor';
import { toStoredAnnotationBody } from './body';
import { insertEvidence } from './evidence';
import { replaceAnnotationTags } from './tags';
import { visibleCurrentTurnWhere } from '@/lib/data/transcripts/access-rule';

export interface ImportReport {
  created: number;
  /** Already there (same author, turn, span and note): re-importing a file changes nothing. */
  skipped: number;
}

/**
 * Where the item's quote is in its turn: the given position when it still holds, else the quote
 * found again. A transcript the viewer may not read has no turns, like an unknown one.
 */
async function locate(tx: Prisma.TransactionClient, viewer: Viewer, item: ImportItem): Promise<{ start: number; end: number; exact: string }> {
  const turn = await tx.turn.findFirst({
    where: { AND: [{ index: item.turnIndex }, visibleCurrentTurnWhere(viewer, item.transcriptSlug)] },
    select: { text: true },
  });
  if (!turn) throw new AppError('invalid', `transcript "${item.transcriptSlug}" has no turn ${item.turnIndex}`);
  const { position, quote } = item;
  if (position && (!quote || codePointSlice(turn.text, position.start, position.end) === quote.exact)) {
    return { ...position, exact: codePointSlice(turn.text, position.start, position.end) };
  }
  const found = quote ? matchQuote(turn.text, quote, { hint: position?.start }) : null;
  if (!found) throw new AppError('invalid', `the quote is not in turn ${item.turnIndex}`);
  return { start: found.start, end: found.end, exact: codePointSlice(turn.text, found.start, found.end) };
}

async function evidenceInput(tx: Prisma.TransactionClient, evidence: PortableEvidence): Promise<EvidenceInput> {
  const note = evidence.note ?? undefined;
  switch (evidence.kind) {
    case 'chronicle_entry': {
      const entry = await tx.chronicleEntry.findFirst({ where: { key: evidence.entryKey, chronicle: { slug: evidence.chronicleSlug } }, select: { id: true } });
      if (!entry) throw new AppError('invalid', `chronicle "${evidence.chronicleSlug}" has no entry "${evidence.entryKey}"`);
      return { kind: 'chronicle_entry', entryId: entry.id, note };
    }
    case 'news_paragraph': {
      const paragraph = await tx.newsParagraph.findFirst({ where: { position: evidence.position, document: { slug: evidence.documentSlug } }, select: { id: true } });
      if (!paragraph) throw new AppError('invalid', `news article "${evidence.documentSlug}" has no paragraph ${evidence.position}`);
      return { kind: 'news_paragraph', paragraphId: paragraph.id, note };
    }
    case 'url':
      return { kind: 'url', url: evidence.url, note };
  }
}

async function importOne(tx: Prisma.TransactionClient, viewer: Viewer, item: ImportItem): Promise<boolean> {
  const span = await locate(tx, viewer, item);
  const { transcriptId, turnId, anchor } = await verifyAnchor(tx, viewer, { transcriptSlug: item.transcriptSlug, turnIndex: item.turnIndex, ...span });
  const stored = toStoredAnnotationBody(item.body);
  const existing = await tx.annotation.findFirst({
    where: { authorId: viewer.id, turnId, start: anchor.start, end: anchor.end, bodyText: stored.bodyText, deletedAt: null },
    select: { id: true },
  });
  if (existing) return false;
  const status = item.claim?.status ?? null;
  if (status && status !== 'unverified' && item.evidence.length === 0) throw new AppError('invalid', `claim status ${status} needs evidence`);
  const { id } = await tx.annotation.create({
    data: { transcriptId, turnId, authorId: viewer.id, visibility: 'private', ...anchor, ...stored, claimType: item.claim?.type ?? null, claimStatus: status },
    select: { id: true },
  });
  if (item.tags.length) await replaceAnnotationTags(tx, id, item.tags);
  let firstEvidenceId: string | null = null;
  for (const evidence of item.evidence) {
    const inserted = await insertEvidence(tx, viewer, id, await evidenceInput(tx, evidence));
    firstEvidenceId ??= inserted.id;
  }
  if (status) {
    await tx.claimStatusChange.create({ data: { annotationId: id, actorId: viewer.id, from: null, to: status, evidenceId: status === 'unverified' ? null : firstEvidenceId } });
  }
  return true;
}

/**
 * Imports annotations as the viewer's own private ones, all or nothing: one bad item (a turn
 * that is not there, a quote that cannot be found, an invalid body, unknown evidence) rolls the
 * whole file back with AppError('invalid', "annotation N: …"). Items the viewer already has are
 * skipped, so importing the same file twice is safe.
 */
export async function importAnnotations(viewer: Viewer, items: ImportItem[]): Promise<ImportReport> {
  return getPrisma().$transaction(
    async (tx) => {
      const report: ImportReport = { created: 0, skipped: 0 };
      for (const [i, item] of items.entries()) {
        try {
          if (await importOne(tx, viewer, item)) report.created++;
          else report.skipped++;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const reason = error.code === 'not_found' ? `transcript "${item.transcriptSlug}" was not found` : error.message;
          throw new AppError('invalid', `annotation ${i + 1}: ${reason}`);
        }
      }
      return report;
    },
    // A file of thousands of annotations is one transaction; give it time beyond Prisma's 5 s default.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
