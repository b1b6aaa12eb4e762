import { UserMessage, UserText } from '@/components/ui/user-text';
import type { AnnotationDetail, EvidenceView } from '@/lib/data/annotations';
import { isolate } from '@/lib/format/isolate';
import { truncateCodePoints } from '@/lib/format/truncate';
import { formatDay, type CardContext } from './card-context';
import { claimStatusLabel } from './labels';
import styles from './annotation-card.module.css';

/** One piece of evidence: a link (http/https only, checked by the data layer), a chronicle entry or a news paragraph. */
function Evidence({ evidence }: { evidence: EvidenceView }) {
  if (evidence.url) {
    return (
      <a href={evidence.url} rel="noopener noreferrer nofollow" target="_blank">
        <UserText>{evidence.url}</UserText>
      </a>
    );
  }
  const entry = evidence.chronicleEntry;
  if (entry)
    return (
      <span lang="zh-CN">
        {entry.date && `${entry.date} `}
        <UserText>{entry.text}</UserText>
      </span>
    );
  const paragraph = evidence.newsParagraph;
  return paragraph ? (
    <span lang="zh-CN">
      <UserText>{paragraph.documentTitle}</UserText>：<UserText>{paragraph.text}</UserText>
    </span>
  ) : null;
}

/**
 * A short label of evidence for pickers ("Evidence already added"): at most 60 code points,
 * isolated (an `<option>` cannot hold a `<bdi>`).
 */
export function evidenceOptionLabel(evidence: EvidenceView): string {
  const text = evidence.url ?? evidence.chronicleEntry?.text ?? evidence.newsParagraph?.text ?? '';
  return isolate(truncateCodePoints(text, 60));
}

/** The evidence of a claim and the history of its status, oldest first. */
export function ClaimRecord({ annotation, context }: { annotation: AnnotationDetail; context: CardContext }) {
  const { t, locale } = context;
  if (annotation.evidence.length === 0 && annotation.statusHistory.length <= 1) return null;
  return (
    <div className={styles.claimRecord}>
      {annotation.evidence.length > 0 && (
        <>
          <h4 className={styles.minorHeading}>{t('evidenceTitle')}</h4>
          <ul className={styles.evidence}>
            {annotation.evidence.map((evidence) => (
              <li key={evidence.id}>
                <Evidence evidence={evidence} />
                {evidence.note && (
                  <span className={styles.note}>
                    {' — '}
                    <UserText>{evidence.note}</UserText>
                  </span>
                )}
                <span className={styles.meta}>
                  {' · '}
                  <UserMessage message={t('evidenceAddedBy')} values={{ name: evidence.addedBy.name }} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {annotation.statusHistory.length > 1 && (
        <>
          <h4 className={styles.minorHeading}>{t('statusHistoryTitle')}</h4>
          <ol className={styles.history}>
            {annotation.statusHistory.map((change) => (
              <li key={change.id}>
                <UserMessage message={t('statusHistoryEntry')} values={{ name: change.actor.name, to: claimStatusLabel(change.to, t) }} />
                <time dateTime={change.at} className={styles.meta}>
                  {' '}
                  · {formatDay(change.at, locale)}
                </time>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
