import Link from 'next/link';
import { claimStatusLabel, claimTypeLabel } from '@/components/annotations/labels';
import { UserMessage, UserText } from '@/components/ui/user-text';
import type { BoardSpan } from '@/lib/agreement/claim-board-types';
import { isolate } from '@/lib/format/isolate';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { AdjudicateForm } from './adjudicate-form';
import styles from './board.module.css';

interface BoardSpanCardProps {
  span: BoardSpan;
  groupId: string;
  transcriptSlug: string;
  canAdjudicate: boolean;
  t: Translator;
}

/**
 * One span of the board: the words, every member's claim on them side by side (type, status,
 * evidence, the start of the note), the decision kept, and for owners and moderators the form
 * that decides.
 */
export function BoardSpanCard({ span, groupId, transcriptSlug, canAdjudicate, t }: BoardSpanCardProps) {
  const readerHref = `/transcripts/${encodeURIComponent(transcriptSlug)}?turn=${span.turnIndex}#turn-${span.turnIndex}`;
  return (
    <article className={styles.span} data-disagreement={span.disagreement} aria-label={t('boardSpanLabel', { turn: span.turnIndex, quote: isolate(span.quote) })}>
      <header className={styles.spanHeader}>
        <Link href={readerHref}>{t('boardTurn', { turn: span.turnIndex })}</Link>
        <span className={styles.meta}>{t('boardCoders', { n: span.coders })}</span>
        {span.disagreement && <span className={styles.disagreement}>{t('boardDisagreement')}</span>}
      </header>
      <blockquote className={styles.quote} lang={CONTENT_LANG}>
        <UserText>{span.quote}</UserText>
      </blockquote>
      <ul className={styles.claims}>
        {span.claims.map((claim) => (
          <li key={claim.id} className={styles.claim} data-latest={claim.latest}>
            <p className={styles.author}>
              <UserText>{claim.author.name}</UserText>
            </p>
            <p>
              {claimTypeLabel(claim.type, t)} · <span className={styles.status} data-status={claim.status}>{claimStatusLabel(claim.status, t)}</span>
            </p>
            <p className={styles.meta}>{t('boardEvidenceCount', { n: claim.evidenceCount })}</p>
            {claim.noteExcerpt && (
              <p className={styles.note}>
                <UserText>{claim.noteExcerpt}</UserText>
              </p>
            )}
            {!claim.latest && <p className={styles.meta}>{t('boardSuperseded')}</p>}
            {claim.hidden && <p className={styles.meta}>{t('boardHidden')}</p>}
            <Link href={`/annotations/${encodeURIComponent(claim.id)}`} className={styles.open}>
              {t('boardOpenClaim')}
            </Link>
          </li>
        ))}
      </ul>
      {span.decision && (
        <div className={styles.decision} role="note">
          <p className={styles.author}>
            {t('boardDecision', { type: claimTypeLabel(span.decision.type, t), status: claimStatusLabel(span.decision.status, t) })}
          </p>
          {span.decision.note && (
            <p className={styles.note}>
              <UserText>{span.decision.note}</UserText>
            </p>
          )}
          <p className={styles.meta}><UserMessage message={t('boardDecisionBy', { date: span.decision.decidedAt.slice(0, 10) })} values={{ name: span.decision.decidedBy.name }} /></p>
        </div>
      )}
      {canAdjudicate && span.coders >= 2 && <AdjudicateForm groupId={groupId} transcriptSlug={transcriptSlug} span={span} t={t} />}
    </article>
  );
}
