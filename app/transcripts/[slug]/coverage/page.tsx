import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import styles from '@/components/coverage/coverage.module.css';
import { turnCoveragePath } from '@/components/links/turn-related-entries';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import { getTranscriptCoverage, getTranscriptForReader } from '@/lib/data/transcripts';
import { speakerLabel } from '@/lib/format/speaker-label';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

interface CoverageOverviewProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('coverageOverviewTitle') };
}

/** Every news article and, per paragraph, the turns of this press conference it reports. */
export default async function CoverageOverviewPage({ params }: CoverageOverviewProps) {
  const [{ slug }, { t }, viewer] = await Promise.all([params, getI18n(), getViewer()]);
  const [transcript, coverage] = await Promise.all([getTranscriptForReader(viewer, slug), getTranscriptCoverage(viewer, slug)]);
  if (!transcript || !coverage) notFound();
  const speakers = new Map(transcript.speakers.map((s) => [s.label, s]));
  const speakerOf = (index: number) => {
    const label = transcript.turns.find((turn) => turn.index === index)?.speaker ?? '';
    return speakerLabel(speakers.get(label) ?? { label, name: null, title: null, organization: null }).primary;
  };

  return (
    <div>
      <p>
        <a href={`/transcripts/${encodeURIComponent(transcript.slug)}`}>← {t('backToTranscript')}</a>
      </p>
      <h1>{t('coverageOverviewTitle')}</h1>
      <p lang={CONTENT_LANG}>
        <UserText>{transcript.title}</UserText>
      </p>
      <p className="page-intro">{t('coverageOverviewIntro')}</p>
      {coverage.map(({ document, paragraphs }) => (
        <section key={document.slug} aria-labelledby={`doc-${document.slug}`}>
          <h2 id={`doc-${document.slug}`} lang={CONTENT_LANG}>
            <UserText>{document.title}</UserText>
          </h2>
          {document.publishedOn && <time dateTime={document.publishedOn}>{document.publishedOn}</time>}
          {paragraphs.length === 0 ? (
            <p className="empty-state">{t('coverageOverviewNone')}</p>
          ) : (
            <ol className={styles.paragraphs}>
              {paragraphs.map((paragraph) => (
                <li key={paragraph.paragraphPosition} className={styles.paragraph}>
                  <strong>{paragraph.paragraphPosition === 0 ? t('coverageHeadline') : t('coverageParagraph', { n: paragraph.paragraphPosition })}</strong>
                  <ul className={styles.turnLinks}>
                    {paragraph.turns.map((turn) => (
                      <li key={turn.turnIndex}>
                        <a href={turnCoveragePath(transcript.slug, turn.turnIndex)}>
                          <UserMessage message={t('coverageOverviewTurn', { n: turn.turnIndex })} values={{ speaker: speakerOf(turn.turnIndex) }} />
                        </a>{' '}
                        <span className="tabular">({turn.passages.length})</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
