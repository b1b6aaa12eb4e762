import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { httpUrlOrNull, MAX_NOTE_LENGTH, MAX_URL_LENGTH, type EvidenceInput } from '@/lib/validation/annotations';
import { cleanPlainNote } from '@/lib/validation/plain-note';
import { ownAnnotationWhere } from './access-rule';
import { evidenceSelect, toEvidenceView } from './select';
import type { EvidenceView } from './types';

/** Checks the evidence's target exists (or the URL is http/https) and maps it to columns. */
async function evidenceColumns(tx: Prisma.TransactionClient, evidence: EvidenceInput) {
  const note = cleanPlainNote(evidence.note);
  if (note && note.length > MAX_NOTE_LENGTH) throw new AppError('invalid', `The note is longer than ${MAX_NOTE_LENGTH} characters`);
  switch (evidence.kind) {
    case 'chronicle_entry': {
      const entry = await tx.chronicleEntry.findUnique({ where: { id: evidence.entryId }, select: { id: true } });
      if (!entry) throw new AppError('invalid', 'That chronicle entry does not exist');
      return { kind: evidence.kind, chronicleEntryId: entry.id, note };
    }
    case 'news_paragraph': {
      const paragraph = await tx.newsParagraph.findUnique({ where: { id: evidence.paragraphId }, select: { id: true } });
      if (!paragraph) throw new AppError('invalid', 'That news paragraph does not exist');
      return { kind: evidence.kind, newsParagraphId: paragraph.id, note };
    }
    case 'url': {
      // Checked here too: the data layer must be safe whoever calls it, not only via the action.
      const url = evidence.url.length <= MAX_URL_LENGTH ? httpUrlOrNull(evidence.url) : null;
      if (!url) throw new AppError('invalid', 'Only http and https links are accepted as evidence');
      return { kind: evidence.kind, url, note };
    }
  }
}

/** Stores evidence on an annotation inside the caller's transaction (access already checked). */
export async function insertEvidence(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  annotationId: string,
  evidence: EvidenceInput,
): Promise<EvidenceView> {
  const row = await tx.claimEvidence.create({
    data: { annotationId, addedById: viewer.id, ...(await evidenceColumns(tx, evidence)) },
    select: evidenceSelect,
  });
  return toEvidenceView(row);
}

/**
 * Adds evidence (a chronicle entry, a news paragraph or an http(s) URL, with an optional note)
 * to the viewer's own annotation. For now only the author may; someone else gets
 * AppError('not_found').
 */
export async function addEvidence(
  viewer: Viewer,
  annotationId: string,
  evidence: EvidenceInput,
): Promise<{ transcriptSlug: string; evidence: EvidenceView }> {
  return getPrisma().$transaction(async (tx) => {
    const row = await tx.annotation.findFirst({ where: ownAnnotationWhere(viewer, annotationId), select: { transcript: { select: { slug: true } } } });
    if (!row) throw new AppError('not_found');
    return { transcriptSlug: row.transcript.slug, evidence: await insertEvidence(tx, viewer, annotationId, evidence) };
  });
}
