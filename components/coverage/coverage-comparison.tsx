import { UserMessage, UserText } from '@/components/ui/user-text';
import type { CoverageComparison as Comparison } from '@/lib/data/transcripts';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { PassageDiff } from './passage-diff';
import styles from './coverage.module.css';

/**
 * A news passage beside the turn passage it reports: where the news passage comes from, both
 * passages with their differences marked, and the numbers the news gives differently.
 */
export function CoverageComparison({ comparison, t }: { comparison: Comparison; t: Translator }) {
  const { document, diff } = comparison;
  const id = `coverage-${document.slug}-${comparison.paragraphPosition}-${comparison.newsSentence.start}`;
  const where = comparison.paragraphPosition === 0 ? t('coverageHeadline') : t('coverageParagraph', { n: comparison.paragraphPosition });
  return (
    <li className={styles.comparison} id={id} aria-labelledby={`${id}-source`}>
      <p id={`${id}-source`} className={styles.source}>
        <cite lang={CONTENT_LANG}>
          <UserText>{document.title}</UserText>
        </cite>
        {document.publishedOn && (
          <>
            {' · '}
            <time dateTime={document.publishedOn}>{document.publishedOn}</time>
          </>
        )}
        {' · '}
        {where}
        {' · '}
        <span className="tabular">{t('coverageSimilarity', { score: comparison.score.toFixed(2) })}</span>
      </p>
      <div className={styles.sides}>
        <section className={styles.side} aria-label={t('coverageTurnSide')}>
          <h3>{t('coverageTurnSide')}</h3>
          <p className={styles.passage} lang={CONTENT_LANG} data-side="turn">
            <PassageDiff segments={diff.turn} t={t} />
          </p>
        </section>
        <section className={styles.side} aria-label={t('coverageNewsSide')}>
          <h3>{t('coverageNewsSide')}</h3>
          <blockquote className={styles.passage} lang={CONTENT_LANG} data-side="news">
            <PassageDiff segments={diff.news} t={t} />
          </blockquote>
        </section>
      </div>
      {diff.numberChanges.length > 0 && (
        <ul className={styles.changes}>
          {diff.numberChanges.map((change, i) => (
            <li key={i} lang={CONTENT_LANG}>
              <UserMessage message={t('coverageNumberChange')} values={{ turn: change.turn, news: change.news }} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
