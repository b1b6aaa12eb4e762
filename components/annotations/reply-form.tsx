'use client';

import { useId, useState, type FormEvent } from 'react';
import { createReplyAction, updateReplyAction } from '@/lib/actions/annotation-actions';
import type { CardControlLabels } from './panel-labels';
import { plainTextDoc } from './plain-text-doc';
import { useAnnotationAction } from './use-annotation-action';
import styles from './annotation-forms.module.css';

/**
 * A plain-text reply: to the annotation, to a reply (`parentId`), or an edit of the reader's own
 * reply (`replyId` with `initialText`). Lines become paragraphs; no rich-text editor needed.
 */
export function ReplyForm({
  annotationId,
  parentId = null,
  replyId,
  initialText = '',
  labels,
  onDone,
}: {
  annotationId: string;
  parentId?: string | null;
  /** Set to edit this reply instead of writing a new one. */
  replyId?: string;
  initialText?: string;
  labels: CardControlLabels;
  /** Called after saving or cancelling; without it the form stays open and empties itself. */
  onDone?(): void;
}) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const { run, pending, error } = useAnnotationAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    const body = plainTextDoc(text);
    const done = replyId
      ? await run(() => updateReplyAction({ id: replyId, body }))
      : await run(() => createReplyAction({ annotationId, parentId, body }));
    if (!done) return;
    setText('');
    onDone?.();
  };

  return (
    <form className={styles.inline} onSubmit={submit} aria-busy={pending}>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {labels.replyLabel}
      </label>
      <textarea
        id={`${id}-text`}
        className={styles.textarea}
        rows={1}
        value={text}
        placeholder={labels.replyLabel}
        onChange={(e) => setText(e.target.value)}
        autoFocus={Boolean(onDone)}
      />
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.small} disabled={pending || text.trim() === ''}>
          {replyId ? labels.update : labels.replyPost}
        </button>
        {onDone && (
          <button type="button" className={styles.small} onClick={onDone} disabled={pending}>
            {labels.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
