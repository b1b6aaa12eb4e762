import 'server-only';
import type { Viewer } from '@/lib/data/accounts';
import { getPrisma } from '@/lib/db/client';
import { currentVersionAnnotationWhere, visibleAnnotationWhere } from './access-rule';
import { visibleTranscriptWhere } from '@/lib/data/transcripts/access-rule';

/** The transcript a live stream follows: the slug readers use, the id notifications carry. */
export interface LiveTranscript {
  id: string;
  slug: string;
}

/** The transcript with `slug` when `viewer` may read it (visibleTranscriptWhere), else null: the stream answers 404 for both. */
export async function findLiveTranscript(viewer: Viewer | null, slug: string): Promise<LiveTranscript | null> {
  return getPrisma().transcript.findFirst({ where: { AND: [{ slug }, visibleTranscriptWhere(viewer)] }, select: { id: true, slug: true } });
}

/**
 * Whether `viewer` may see annotation `id` on the current version of transcript `slug`, by the
 * one read rule (visibleAnnotationWhere), as one query.
 */
export async function isAnnotationVisibleLive(viewer: Viewer | null, slug: string, id: string): Promise<boolean> {
  const row = await getPrisma().annotation.findFirst({
    where: { AND: [{ id }, visibleAnnotationWhere(viewer), currentVersionAnnotationWhere(slug)] },
    select: { id: true },
  });
  return row !== null;
}

/**
 * Every annotation `viewer` may see on the current version of `slug`, by the read rule, each
 * with a stamp that changes whenever the annotation or its thread changes (edit, moderation,
 * reply written, edited or deleted). Comparing two snapshots finds what appeared, changed and
 * went: the live stream uses it to know what the viewer sees, and to catch up without NOTIFY.
 */
export async function listVisibleAnnotationStamps(viewer: Viewer | null, slug: string): Promise<Map<string, string>> {
  const rows = await getPrisma().annotation.findMany({
    where: { AND: [visibleAnnotationWhere(viewer), currentVersionAnnotationWhere(slug)] },
    select: {
      id: true,
      updatedAt: true,
      replies: { select: { id: true, editedAt: true, deletedAt: true } },
    },
  });
  return new Map(rows.map((row) => [row.id, stampOf(row.updatedAt, row.replies)]));
}

type ReplyTimes = { id: string; editedAt: Date | null; deletedAt: Date | null };

function stampOf(updatedAt: Date, replies: ReplyTimes[]): string {
  const thread = replies
    .map((r) => `${r.id}:${r.editedAt?.getTime() ?? 0}:${r.deletedAt?.getTime() ?? 0}`)
    .sort()
    .join(',');
  return `${updatedAt.getTime()}|${thread}`;
}
