import type { AnnotationDetail, EvidenceView } from '@/lib/data/annotations';
import type { Translator } from '@/lib/i18n/translate';
import { formatDay, type CardContext } from './card-context';
import { claimStatusLabel } from './labels';
import styles from './annotation-card.module.css';

/** One piece of evidence: a link (http/https only, checked by the data layer), a chronicle entry or a news paragraph. */
function Evidence({ evidence }: { evidence: EvidenceView }) {
  if (evidence.url) {
    return (
      <a href={evidence.url} rel="noopener noreferrer nofollow" target="_blank">
        {evidence.url}
      </a>
    );
  }
  const entry = evidence.chronicleEntry;
  if (entry) return <span lang="zh-CN">{`${entry.date ?? ''} ${entry.text}`.trim()}</span>;
  const paragraph = evidence.newsParagraph;
  return paragraph ? <span lang="zh-CN">{`${paragraph.documentTitle}：${paragraph.text}`}</span> : null;
}

/** A short label of evidence for pickers ("Evidence already added"). */
export function evidenceOptionLabel(evidence: EvidenceView): string {
  const text = evidence.url ?? evidence.chronicleEntry?.text ?? evidence.newsParagraph?.text ?? '';
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
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
                {evidence.note && <span className={styles.note}> — {evidence.note}</span>}
                <span className={styles.meta}> · {t('evidenceAddedBy', { name: evidence.addedBy.name })}</span>
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
                {statusLine(change.actor.name, change.to, t)}
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

function statusLine(name: string, to: Parameters<typeof claimStatusLabel>[0], t: Translator): string {
  return t('statusHistoryEntry', { name, to: claimStatusLabel(to, t) });
}
