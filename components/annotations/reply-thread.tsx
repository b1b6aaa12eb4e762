import { UserText } from '@/components/ui/user-text';
import type { ReplyView } from '@/lib/data/annotations';
import { formatDay, type CardContext } from './card-context';
import { ReplyActions } from './reply-actions';
import styles from './annotation-card.module.css';

/** The replies of an annotation, nested; a deleted reply with answers shows as "deleted". */
export function ReplyThread({ annotationId, replies, context }: { annotationId: string; replies: ReplyView[]; context: CardContext }) {
  if (replies.length === 0) return null;
  const { t, locale, signedIn, controls } = context;
  return (
    <ol className={styles.replies}>
      {replies.map((reply) => (
        <li key={reply.id} className={styles.reply} id={`reply-${reply.id}`}>
          {reply.deleted ? (
            <p className={styles.tombstone}>{t('annotationDeleted')}</p>
          ) : (
            <>
              <p className={styles.replyHead}>
                <UserText className={styles.author}>{reply.author?.name}</UserText>
                <time dateTime={reply.createdAt} className={styles.meta}>
                  {formatDay(reply.createdAt, locale)}
                </time>
                {reply.editedAt && <span className={styles.meta}>{t('annotationEdited')}</span>}
              </p>
              {reply.bodyHtml && (
                // bodyHtml comes only from the data layer, which renders it on the server from the
                // stored, validated tiptap JSON (lib/editor/render.ts): safe to insert as HTML. dir="auto"
                // isolates what the author wrote.
                <div className={styles.body} dir="auto" dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
              )}
              {signedIn && <ReplyActions annotationId={annotationId} reply={{ id: reply.id, isMine: reply.isMine, bodyText: reply.bodyText }} labels={controls} />}
            </>
          )}
          <ReplyThread annotationId={annotationId} replies={reply.replies} context={context} />
        </li>
      ))}
    </ol>
  );
}
