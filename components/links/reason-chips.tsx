import type { LinkReason, LinkReasonKind } from '@/lib/linking';
import type { MessageKey } from '@/lib/i18n/dictionary';
import type { Translator } from '@/lib/i18n/translate';
import { ReasonText } from './reason-text';
import styles from './links.module.css';

const KIND_LABEL: Record<LinkReasonKind, MessageKey> = {
  entity: 'linkReasonEntity',
  number: 'linkReasonNumber',
  term: 'linkReasonTerm',
  date: 'linkReasonDate',
};

/** Why the engine links a turn to an entry: one small chip per reason, its kind written out (not colour-coded). */
export function ReasonChips({ reasons, t }: { reasons: readonly LinkReason[]; t: Translator }) {
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={t('linkReasons')}>
      {reasons.map((reason) => (
        <li key={`${reason.kind}:${reason.value}`} className={styles.chip} data-kind={reason.kind} title={reason.weight.toFixed(3)}>
          <span className={styles.chipKind}>{t(KIND_LABEL[reason.kind])}</span>
          <ReasonText reason={reason} t={t} />
        </li>
      ))}
    </ul>
  );
}
