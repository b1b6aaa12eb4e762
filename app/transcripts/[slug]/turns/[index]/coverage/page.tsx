import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoverageComparison } from '@/components/coverage/coverage-comparison';
import { CoverageLegend } from '@/components/coverage/coverage-legend';
import styles from '@/components/coverage/coverage.module.css';
import { turnPagePath } from '@/components/links/turn-related-entries';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import { getTurnCoverage } from '@/lib/data/transcripts';
import { getTurnPage } from '@/lib/data/links';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import { turnIndexOrNotFound, turnSpeakerName, type TurnRouteProps } from '../../turn-params';
import pageStyles from '../../turns.module.css';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: TurnRouteProps): Promise<Metadata> {
  const [{ index }, { t }] = await Promise.all([params, getI18n()]);
  return { title: /^[1-9]\d{0,5}$/.test(index) ? t('coverageTitle', { n: index }) : t('notFoundTitle') };
}

/** The news passages that report one turn, each beside the turn's sentence, differences marked. */
export default async function TurnCoveragePage({ params }: TurnRouteProps) {
  const [{ slug, index }, { t }, viewer] = await Promise.all([params, getI18n(), getViewer()]);
  const turnIndex = turnIndexOrNotFound(index);
  const [data, comparisons] = await Promise.all([getTurnPage(viewer, slug, turnIndex), getTurnCoverage(viewer, slug, turnIndex)]);
  if (!data || !comparisons) notFound();
  const readerPath = `/transcripts/${encodeURIComponent(data.transcript.slug)}`;

  return (
    <div aria-labelledby="coverage-heading">
      <p className={pageStyles.crumbs}>
        <a href={`${readerPath}#turn-${turnIndex}`}>← {t('turnPageBack')}</a>
        <a href={turnPagePath(data.transcript.slug, turnIndex)}>{t('linksTitle')}</a>
        <a href={`${readerPath}/coverage`}>{t('coverageOverviewTitle')}</a>
      </p>
      <h1 id="coverage-heading">{t('coverageTitle', { n: turnIndex })}</h1>
      <p className={pageStyles.transcript}>
        <UserText lang={CONTENT_LANG}>{data.transcript.title}</UserText> ·{' '}
        <UserMessage message={t('turnPageTitle', { n: turnIndex })} values={{ speaker: turnSpeakerName(data) }} />
      </p>
      <p className="page-intro">{t('coverageIntro')}</p>
      <CoverageLegend t={t} />
      {comparisons.length === 0 ? (
        <p className="empty-state">{t('coverageNone')}</p>
      ) : (
        <ol className={styles.comparisons}>
          {comparisons.map((comparison) => (
            <CoverageComparison key={`${comparison.documentSlug}-${comparison.paragraphPosition}-${comparison.newsSentence.start}`} comparison={comparison} t={t} />
          ))}
        </ol>
      )}
    </div>
  );
}
