import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PrintTurn } from '@/components/print/print-turn';
import { UserText } from '@/components/ui/user-text';
import styles from '@/components/print/print.module.css';
import { getViewer } from '@/lib/auth/viewer';
import { listAnnotationsForTranscript } from '@/lib/data/annotations';
import type { AnnotationSummary } from '@/lib/data/annotations';
import { getTranscriptForReader } from '@/lib/data/transcripts';
import { isolate } from '@/lib/format/isolate';
import { speakerLabel } from '@/lib/format/speaker-label';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';

export const dynamic = 'force-dynamic';

interface PrintPageProps {
  params: Promise<{ slug: string }>;
}

// As the viewer may read it (a transcript they may not read is not found: 404); shared with the metadata.
const loadTranscript = cache(async (slug: string) => getTranscriptForReader(await getViewer(), slug));

export async function generateMetadata({ params }: PrintPageProps): Promise<Metadata> {
  const [transcript, { t }] = await Promise.all([loadTranscript((await params).slug), getI18n()]);
  return { title: transcript ? t('printTitle', { title: isolate(transcript.title) }) : t('notFoundTitle') };
}

/** The transcript with the annotations the reader may see, laid out for paper (print to PDF). */
export default async function PrintPage({ params }: PrintPageProps) {
  const [{ slug }, { t }, viewer] = await Promise.all([params, getI18n(), getViewer()]);
  const transcript = await loadTranscript(slug);
  if (!transcript) notFound();
  const annotations = (await listAnnotationsForTranscript(viewer, transcript.slug)).filter((a) => !a.deleted);
  const byTurn = new Map<number, AnnotationSummary[]>();
  for (const a of annotations) byTurn.set(a.turnIndex, [...(byTurn.get(a.turnIndex) ?? []), a]);
  const numbers = new Map(annotations.map((a, i) => [a.id, i + 1]));
  const speakers = new Map(transcript.speakers.map((s) => [s.label, speakerLabel(s).primary]));
  return (
    <div className={styles.page}>
      <h1 lang={CONTENT_LANG}>
        <UserText>{transcript.title}</UserText>
      </h1>
      <p className={styles.hint}>
        {t('printAnnotationCount', { n: annotations.length })} · {t('printHint')}
      </p>
      {transcript.turns.map((turn) => (
        <PrintTurn key={turn.index} turn={turn} speaker={speakers.get(turn.speaker) ?? turn.speaker} annotations={byTurn.get(turn.index) ?? []} numbers={numbers} t={t} />
      ))}
    </div>
  );
}
