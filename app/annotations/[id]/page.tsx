import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AnnotationCard } from '@/components/annotations/annotation-card';
import { cardControlLabels } from '@/components/annotations/panel-labels';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import { getAnnotationForViewer } from '@/lib/data/annotations';
import { listGroupChoices } from '@/lib/data/groups';
import { listTranscripts } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import styles from './annotation.module.css';

export const dynamic = 'force-dynamic';

interface AnnotationPageProps {
  params: Promise<{ id: string }>;
}

// Metadata and page share one query per request.
const loadAnnotation = cache(async (id: string) => getAnnotationForViewer(await getViewer(), id));

export async function generateMetadata({ params }: AnnotationPageProps): Promise<Metadata> {
  const [annotation, { t }] = await Promise.all([loadAnnotation((await params).id), getI18n()]);
  // Private notes and other people's pages are nobody's search result.
  return { title: annotation ? t('annotationPageTitle') : t('notFoundTitle'), robots: { index: false } };
}

/**
 * The permanent page of one annotation: its quote in context, the note, claim record and thread,
 * and a link back to the spot in the transcript. 404 when the viewer may not see it, exactly as
 * when it does not exist.
 */
export default async function AnnotationPage({ params }: AnnotationPageProps) {
  const { id } = await params;
  const [annotation, viewer, { locale, t }] = await Promise.all([loadAnnotation(id), getViewer(), getI18n()]);
  if (!annotation) notFound();
  const [transcripts, groupChoices] = await Promise.all([listTranscripts(viewer), listGroupChoices(viewer)]);
  const transcript = transcripts.find((tr) => tr.slug === annotation.transcriptSlug);
  const readerLink = `/transcripts/${encodeURIComponent(annotation.transcriptSlug)}?annotation=${encodeURIComponent(annotation.id)}#turn-${annotation.turnIndex}`;

  return (
    <div className={styles.page}>
      <p className={styles.context}>
        <UserText lang={CONTENT_LANG}>{transcript?.title ?? annotation.transcriptSlug}</UserText>
        {' · '}
        <span lang={CONTENT_LANG}>
          <UserMessage message={t('annotationOnTurn', { n: annotation.turnIndex })} values={{ speaker: annotation.speaker }} />
        </span>
      </p>
      <h1>{t('annotationPageTitle')}</h1>
      {annotation.exact && (
        <blockquote className={styles.quote} lang={CONTENT_LANG}>
          <UserText>
            {annotation.prefix && <span className={styles.around}>…{annotation.prefix}</span>}
            <mark className={styles.exact}>{annotation.exact}</mark>
            {annotation.suffix && <span className={styles.around}>{annotation.suffix}…</span>}
          </UserText>
        </blockquote>
      )}
      <p>
        <Link href={readerLink}>{t('annotationOpenInTranscript')} →</Link>
      </p>
      <AnnotationCard
        annotation={annotation}
        quote={false}
        context={{ t, locale, signedIn: viewer !== null, controls: cardControlLabels(t), chronicleOptions: [], ...groupChoices }}
      />
    </div>
  );
}
