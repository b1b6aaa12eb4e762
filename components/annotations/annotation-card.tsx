import type { AnnotationDetail } from '@/lib/data/annotations';
import { annotationCardId } from '@/components/highlights/highlight-ids';
import { UserText } from '@/components/ui/user-text';
import { AnnotationBadges } from './annotation-badges';
import { AnnotationOwnerControls } from './annotation-owner-controls';
import { formatDay, type CardContext } from './card-context';
import { ClaimRecord, evidenceOptionLabel } from './claim-record';
import { ClaimStatusForm } from './claim-status-form';
import { GroupModerationControls } from './group-moderation-controls';
import { ReplyForm } from './reply-form';
import { ReplyThread } from './reply-thread';
import styles from './annotation-card.module.css';

/**
 * One annotation with everything around it: author, badges, quote, the note, evidence and
 * status history, the reply thread and, for the viewer, edit/delete/claim and reply forms.
 * A tombstone (deleted with replies) keeps only its thread.
 */
export function AnnotationCard({
  annotation,
  context,
  focused = false,
  quote = true,
}: {
  annotation: AnnotationDetail;
  context: CardContext;
  focused?: boolean;
  /** Show the quoted text (the detail page shows it larger itself). */
  quote?: boolean;
}) {
  const { t, locale, signedIn, controls, chronicleOptions } = context;
  const a = annotation;
  const moderated = !a.deleted && a.group !== null && (context.moderatedGroupIds ?? []).includes(a.group.id);
  const cardId = annotationCardId(a.id);
  return (
    <article id={cardId} className={styles.card} data-focused={focused || undefined} tabIndex={-1} aria-labelledby={`${cardId}-by`}>
      <header className={styles.head}>
        <span id={`${cardId}-by`} className={styles.author}>
          {a.deleted ? t('annotationDeleted') : <UserText>{a.author?.name}</UserText>}
        </span>
        <time dateTime={a.createdAt} className={styles.meta}>
          {formatDay(a.createdAt, locale)}
        </time>
        {a.editedAt && <span className={styles.meta}>{t('annotationEdited')}</span>}
        <a href={`/annotations/${encodeURIComponent(a.id)}`} className={styles.permalink} aria-label={t('annotationPermalink')}>
          ¶
        </a>
      </header>
      {!a.deleted && <AnnotationBadges annotation={a} t={t} />}
      {quote && a.exact && (
        <blockquote className={styles.quote} lang="zh-CN">
          <UserText>{a.exact}</UserText>
        </blockquote>
      )}
      {a.anchorStatus === 'needs_review' && !a.deleted && <p className={styles.warning}>{t('annotationNeedsReview')}</p>}
      {a.bodyHtml ? (
        // bodyHtml comes only from the data layer, which renders it on the server from the stored,
        // validated tiptap JSON (lib/editor/render.ts): safe to insert as HTML. dir="auto" isolates
        // what the author wrote (and sets its direction from its first letter).
        <div className={styles.body} dir="auto" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      ) : (
        !a.deleted && <p className={styles.meta}>{t('annotationHighlightOnly')}</p>
      )}
      {!a.deleted && <ClaimRecord annotation={a} context={context} />}
      {a.isMine && (
        <div className={styles.controls}>
          <AnnotationOwnerControls
            annotation={{ id: a.id, revision: a.revision, visibility: a.visibility, group: a.group, tags: a.tags, bodyHtml: a.bodyHtml }}
            groups={context.groups ?? []}
            labels={controls}
          />
          <ClaimStatusForm
            annotationId={a.id}
            claim={a.claim}
            evidence={a.evidence.map((e) => ({ value: e.id, label: evidenceOptionLabel(e) }))}
            chronicleOptions={chronicleOptions}
            labels={controls}
          />
        </div>
      )}
      {moderated && <GroupModerationControls annotationId={a.id} hidden={a.hidden} labels={controls} />}
      {a.replies.length > 0 && <h4 className={styles.minorHeading}>{t('replyTitle', { n: countReplies(a.replies) })}</h4>}
      <ReplyThread annotationId={a.id} replies={a.replies} context={context} />
      {signedIn && !a.deleted && <ReplyForm annotationId={a.id} labels={controls} />}
    </article>
  );
}

function countReplies(replies: AnnotationDetail['replies']): number {
  return replies.reduce((n, reply) => n + (reply.deleted ? 0 : 1) + countReplies(reply.replies), 0);
}
