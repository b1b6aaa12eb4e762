'use client';

import { hideAnnotationAction, unhideAnnotationAction } from '@/lib/actions/group-actions';
import type { CardControlLabels } from './panel-labels';
import { useAnnotationAction } from './use-annotation-action';
import styles from './annotation-forms.module.css';

/** Hide or Unhide for a group annotation, shown to the group's owners and moderators. */
export function GroupModerationControls({ annotationId, hidden, labels }: { annotationId: string; hidden: boolean; labels: CardControlLabels }) {
  const { run, pending, error } = useAnnotationAction();
  const toggle = () => run(() => (hidden ? unhideAnnotationAction : hideAnnotationAction)({ annotationId }));
  return (
    <div className={styles.actions}>
      <button type="button" className={styles.small} disabled={pending} onClick={() => void toggle()}>
        {hidden ? labels.unhide : labels.hide}
      </button>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
