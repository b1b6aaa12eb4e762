import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/data/accounts';
import { renderStoredBody } from './select';
import type { ReplyView } from './types';

export const replySelect = {
  id: true,
  annotationId: true,
  parentId: true,
  body: true,
  bodyText: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.AnnotationReplySelect;

type ReplyRow = Prisma.AnnotationReplyGetPayload<{ select: typeof replySelect }>;

/** One reply as a plain object (without its answers); a deleted one becomes a tombstone. */
export function toReplyView(row: ReplyRow, viewer: Viewer | null): ReplyView {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    annotationId: row.annotationId,
    parentId: row.parentId,
    author: deleted ? null : row.author,
    isMine: !deleted && viewer !== null && row.author.id === viewer.id,
    bodyHtml: deleted ? null : renderStoredBody(row.body),
    bodyText: deleted ? '' : row.bodyText,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deleted,
    replies: [],
  };
}

/**
 * Nests replies (given oldest first) under their parents. Tombstones with no live reply below
 * them are dropped: they only exist to keep a thread's shape.
 */
export function nestReplies(rows: ReplyRow[], viewer: Viewer | null): ReplyView[] {
  const views = new Map(rows.map((row) => [row.id, toReplyView(row, viewer)]));
  const roots: ReplyView[] = [];
  for (const view of views.values()) {
    const parent = view.parentId ? views.get(view.parentId) : undefined;
    (parent ? parent.replies : roots).push(view);
  }
  const prune = (list: ReplyView[]): ReplyView[] =>
    list.filter((view) => {
      view.replies = prune(view.replies);
      return !view.deleted || view.replies.length > 0;
    });
  return prune(roots);
}
