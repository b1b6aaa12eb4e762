import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { MODERATOR_ROLES, memberGroupWhere } from './access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** What a moderation step did, for revalidating the transcript page. */
export interface ModerationResult {
  annotationId: string;
  transcriptSlug: string;
  hidden: boolean;
}

/**
 * Hides (`hidden`) or shows again a group annotation. Only current owners and moderators of
 * the annotation's group may, on a transcript they may read; anything else is AppError('not_found'). A hidden annotation
 * shows only to its author and the group's owners/moderators (lib/data/annotation-access.ts).
 */
async function setHidden(viewer: Viewer, id: string, hidden: boolean): Promise<ModerationResult> {
  const prisma = getPrisma();
  const where = { id, visibility: 'group' as const, deletedAt: null, group: memberGroupWhere(viewer, MODERATOR_ROLES), transcript: visibleTranscriptWhere(viewer) };
  const { count } = await prisma.annotation.updateMany({
    where,
    data: hidden ? { hiddenAt: new Date(), hiddenById: viewer.id } : { hiddenAt: null, hiddenById: null },
  });
  if (count === 0) throw new AppError('not_found');
  const row = await prisma.annotation.findFirstOrThrow({ where: { id }, select: { transcript: { select: { slug: true } } } });
  return { annotationId: id, transcriptSlug: row.transcript.slug, hidden };
}

export const hideAnnotation = (viewer: Viewer, id: string) => setHidden(viewer, id, true);
export const unhideAnnotation = (viewer: Viewer, id: string) => setHidden(viewer, id, false);
