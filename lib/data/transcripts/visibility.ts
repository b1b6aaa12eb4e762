import 'server-only';
import type { Visibility } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { isInstanceEditor } from '@/lib/data/accounts/editors';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { groupIdForVisibility } from '@/lib/data/groups/access-rule';
import { visibleTranscriptWhere } from './access-rule';

/** Who may read a transcript after a change. */
export interface TranscriptVisibilityResult {
  slug: string;
  visibility: Visibility;
  /** The group that reads it with `group` visibility, else null. */
  groupId: string | null;
}

/**
 * Changes who may read transcript `slug`. Its owner may make it private or share it with a
 * group they belong to (an active one, else AppError('not_found')); only an instance editor
 * (isInstanceEditor) makes one public or takes a public one back (to private for its owner, or
 * to a group the editor belongs to). A transcript without an owner (the CLI's, the seed corpus)
 * stays public. A transcript the viewer may not read, or may read but not change, is
 * AppError('not_found'); the owner asking for a change only an editor may make gets
 * AppError('invalid') with the reason. A concurrent change: AppError('conflict').
 */
export async function setTranscriptVisibility(
  viewer: Viewer,
  slug: string,
  input: { visibility: Visibility; groupId?: string },
): Promise<TranscriptVisibilityResult> {
  const editor = await isInstanceEditor(viewer);
  return getPrisma().$transaction(async (tx) => {
    const transcript = await tx.transcript.findFirst({
      where: { AND: [{ slug }, visibleTranscriptWhere(viewer)] },
      select: { id: true, slug: true, ownerId: true, visibility: true },
    });
    if (!transcript) throw new AppError('not_found');
    const mine = transcript.ownerId === viewer.id;
    const publishing = input.visibility === 'public' || transcript.visibility === 'public';
    if (publishing && !editor) {
      if (mine) throw new AppError('invalid', 'Only an instance editor can make a transcript public or take it back');
      throw new AppError('not_found');
    }
    if (!publishing && !mine) throw new AppError('not_found');
    if (transcript.ownerId === null && input.visibility !== 'public') {
      throw new AppError('invalid', 'A transcript imported without an owner (the sample corpus, the command line) stays public');
    }
    const groupId = await groupIdForVisibility(tx, viewer, input.visibility, input.groupId);
    // Conditional on what was read: two changes at once cannot both apply over each other.
    const { count } = await tx.transcript.updateMany({
      where: { id: transcript.id, visibility: transcript.visibility },
      data: { visibility: input.visibility, groupId },
    });
    if (count === 0) throw new AppError('conflict');
    return { slug: transcript.slug, visibility: input.visibility, groupId };
  });
}
