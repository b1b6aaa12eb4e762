import { claimFieldLabels } from '@/components/annotations/labels';
import { GroupActionForm } from '@/components/groups/group-action-form';
import formStyles from '@/components/groups/team-section.module.css';
import { adjudicateClaimFormAction } from '@/lib/actions/team-actions';
import type { BoardSpan } from '@/lib/agreement/claim-board-types';
import type { Translator } from '@/lib/i18n/translate';
import { MAX_ADJUDICATION_NOTE } from '@/lib/validation/team';
import styles from './board.module.css';

/**
 * An owner's or moderator's decision on a span: type, status and a reason. It starts from the
 * decision kept so far, else from the newest claim; it posts the span's union as its key.
 */
export function AdjudicateForm({ groupId, transcriptSlug, span, t }: { groupId: string; transcriptSlug: string; span: BoardSpan; t: Translator }) {
  const labels = claimFieldLabels(t);
  const start = span.decision ?? span.claims[span.claims.length - 1]!;
  const title = t(span.decision ? 'boardAdjudicateChange' : 'boardAdjudicateTitle');
  return (
    <details className={styles.adjudicate} open={span.disagreement && !span.decision}>
      <summary>{title}</summary>
      <GroupActionForm action={adjudicateClaimFormAction} submitLabel={t('boardAdjudicateSubmit')} pendingLabel={t('teamPending')} label={title}>
        <input type="hidden" name="groupId" value={groupId} />
        <input type="hidden" name="transcriptSlug" value={transcriptSlug} />
        <input type="hidden" name="turnIndex" value={span.turnIndex} />
        <input type="hidden" name="start" value={span.start} />
        <input type="hidden" name="end" value={span.end} />
        <label className={formStyles.field}>
          {labels.type}
          <select name="type" defaultValue={start.type}>
            {labels.types.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className={formStyles.field}>
          {labels.status}
          <select name="status" defaultValue={start.status}>
            {labels.statuses.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className={formStyles.field}>
          {t('boardAdjudicateNote')}
          <textarea name="note" rows={2} maxLength={MAX_ADJUDICATION_NOTE} defaultValue={span.decision?.note ?? ''} />
        </label>
      </GroupActionForm>
    </details>
  );
}
