'use client';

import { useState } from 'react';
import type { GroupChoice } from '@/components/highlights/layer-context';
import { deleteAnnotationAction } from '@/lib/actions/annotation-actions';
import { AnnotationEditForm, type EditableAnnotation } from './annotation-edit-form';
import type { CardControlLabels } from './panel-labels';
import { useAnnotationAction } from './use-annotation-action';
import styles from './annotation-forms.module.css';

/** Edit and delete for the reader's own annotation; deleting asks once more. */
export function AnnotationOwnerControls({
  annotation,
  groups,
  labels,
}: {
  annotation: EditableAnnotation;
  /** The reader's active groups, offered as visibilities when editing. */
  groups: GroupChoice[];
  labels: CardControlLabels;
}) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'confirm'>('idle');
  const { run, pending, error } = useAnnotationAction();

  if (mode === 'edit') return <AnnotationEditForm annotation={annotation} groups={groups} labels={labels} onDone={() => setMode('idle')} />;
  return (
    <div className={styles.actions}>
      {mode === 'confirm' ? (
        <>
          <button
            type="button"
            className={`${styles.small} ${styles.danger}`}
            disabled={pending}
            onClick={() => void run(() => deleteAnnotationAction({ id: annotation.id }))}
          >
            {labels.confirmDelete}
          </button>
          <button type="button" className={styles.small} onClick={() => setMode('idle')}>
            {labels.cancel}
          </button>
        </>
      ) : (
        <>
          <button type="button" className={styles.small} onClick={() => setMode('edit')}>
            {labels.edit}
          </button>
          <button type="button" className={styles.small} onClick={() => setMode('confirm')}>
            {labels.delete}
          </button>
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
