import type { ClaimBoard } from '@/lib/agreement/claim-board-types';
import type { Translator } from '@/lib/i18n/translate';
import styles from './board.module.css';

/** The board's figures: totals and agreement on claim status (or "not enough data"). */
export function BoardAgreement({ board, t }: { board: ClaimBoard; t: Translator }) {
  const { alpha, spans, claims } = board.agreement;
  return (
    <section className={styles.agreement} aria-labelledby="board-agreement-title">
      <h2 id="board-agreement-title">{t('boardAgreementTitle')}</h2>
      <p>{t('boardTotals', board.totals)}</p>
      {alpha === null ? (
        <p data-testid="agreement">{t('boardAgreementNone')}</p>
      ) : (
        <>
          <p data-testid="agreement" className={styles.figure}>
            {t('boardAgreementValue', { alpha: alpha.toFixed(3) })}
          </p>
          <p className={styles.hint}>{t('boardAgreementBasis', { spans, claims })}</p>
        </>
      )}
    </section>
  );
}
