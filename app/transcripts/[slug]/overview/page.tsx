import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { claimStatusLabel } from '@/components/annotations/labels';
import { BarChart, type BarRow } from '@/components/charts/bar-chart';
import { CLAIM_STATUS_COLORS } from '@/components/charts/claim-status-colors';
import { getViewer } from '@/lib/auth/viewer';
import { claimsBySpeaker } from '@/lib/charts/claims-by-speaker';
import { speakingShares } from '@/lib/charts/speaking-time';
import { listClaimsForTranscript } from '@/lib/data/annotations';
import { getTranscriptForReader } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG, languageTag } from '@/lib/i18n/locale';
import { CLAIM_STATUSES } from '@/lib/validation/annotations';

export const dynamic = 'force-dynamic';

interface OverviewPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('overviewTitle') };
}

/** The shape of a press conference: speaking time per speaker and claims by status per speaker. */
export default async function OverviewPage({ params }: OverviewPageProps) {
  const [{ slug }, { locale, t }, viewer] = await Promise.all([params, getI18n(), getViewer()]);
  const transcript = await getTranscriptForReader(slug);
  if (!transcript) notFound();
  const number = new Intl.NumberFormat(languageTag(locale));
  const shares = speakingShares(transcript);
  const timed = shares.some((share) => share.seconds !== null);
  const speakingRows: BarRow[] = shares.map((share) => ({
    key: share.label,
    label: share.label,
    parts: [{ key: 'time', label: '', value: timed ? (share.seconds ?? 0) : share.characters, color: `var(--role-${share.role})` }],
    note: timed
      ? t('speakingNote', { minutes: number.format(Math.round((share.seconds ?? 0) / 6) / 10), chars: number.format(share.characters), turns: share.turns })
      : t('speakingNoteUntimed', { chars: number.format(share.characters), turns: share.turns }),
  }));
  const claimRows: BarRow[] = claimsBySpeaker(await listClaimsForTranscript(viewer, transcript.slug)).map((row) => ({
    key: row.label,
    label: row.label,
    parts: CLAIM_STATUSES.map((status) => ({ key: status, label: claimStatusLabel(status, t), value: row.counts[status], color: CLAIM_STATUS_COLORS[status] })),
    note: `${t('claimsNote', { n: row.total })} (${CLAIM_STATUSES.filter((s) => row.counts[s] > 0).map((s) => `${claimStatusLabel(s, t)} ${row.counts[s]}`).join(', ')})`,
  }));
  const path = `/transcripts/${encodeURIComponent(transcript.slug)}`;
  return (
    <>
      <p>
        <Link href={path}>← {t('backToTranscript')}</Link>
      </p>
      <h1>{t('overviewTitle')}</h1>
      <p lang={CONTENT_LANG}>{transcript.title}</p>
      <p className="page-intro">{t('overviewIntro')}</p>
      <BarChart title={t(timed ? 'speakingTimeTitle' : 'speakingCharsTitle')} rows={speakingRows} legend={false} tableHeadings={{ row: t('chartSpeaker'), value: t('chartData') }} />
      {claimRows.length > 0 ? (
        <BarChart title={t('claimsBySpeakerTitle')} rows={claimRows} legend tableHeadings={{ row: t('chartSpeaker'), value: t('chartData') }} />
      ) : (
        <p>{t('claimsBySpeakerNone')}</p>
      )}
    </>
  );
}
