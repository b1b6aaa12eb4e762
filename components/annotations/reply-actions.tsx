'use client';

import { useState } from 'react';
import { deleteReplyAction } from '@/lib/actions/annotation-actions';
import type { CardControlLabels } from './panel-labels';
import { ReplyForm } from './reply-form';
import { useAnnotationAction } from './use-annotation-action';
import styles from './annotation-forms.module.css';

/** Under a reply: answer it, and for the reader's own reply edit or delete (asking once more). */
export function ReplyActions({
  annotationId,
  reply,
  labels,
}: {
  annotationId: string;
  reply: { id: string; isMine: boolean; bodyText: string };
  labels: CardControlLabels;
}) {
  const [mode, setMode] = useState<'idle' | 'reply' | 'edit' | 'confirm'>('idle');
  const { run, pending, error } = useAnnotationAction();
  const close = () => setMode('idle');

  if (mode === 'reply') return <ReplyForm annotationId={annotationId} parentId={reply.id} labels={labels} onDone={close} />;
  if (mode === 'edit') return <ReplyForm annotationId={annotationId} replyId={reply.id} initialText={reply.bodyText} labels={labels} onDone={close} />;
  return (
    <div className={styles.actions}>
      {mode === 'confirm' ? (
        <>
          <button type="button" className={`${styles.small} ${styles.danger}`} disabled={pending} onClick={() => void run(() => deleteReplyAction({ id: reply.id }))}>
            {labels.confirmDelete}
          </button>
          <button type="button" className={styles.small} onClick={close}>
            {labels.cancel}
          </button>
        </>
      ) : (
        <>
          <button type="button" className={styles.small} onClick={() => setMode('reply')}>
            {labels.reply}
          </button>
          {reply.isMine && (
            <>
              <button type="button" className={styles.small} onClick={() => setMode('edit')}>
                {labels.edit}
              </button>
              <button type="button" className={styles.small} onClick={() => setMode('confirm')}>
                {labels.delete}
              </button>
            </>
          )}
        </>
      )}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
