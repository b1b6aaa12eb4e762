import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { claimStatusLabel } from '@/components/annotations/labels';
import { BarChart, type BarRow } from '@/components/charts/bar-chart';
import { CLAIM_STATUS_COLORS } from '@/components/charts/claim-status-colors';
import { UserText } from '@/components/ui/user-text';
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
  const transcript = await getTranscriptForReader(viewer, slug);
  if (!transcript) notFound();
  const number = new Intl.NumberFormat(languageTag(locale));
  const shares = speakingShares(transcript);
  const speakingRows: BarRow[] = shares.map((share) => ({
    key: share.label,
    label: share.label,
    parts: [{ key: 'time', label: '', value: share.seconds, color: `var(--role-${share.role})` }],
    note: t('speakingNote', { minutes: number.format(Math.round(share.seconds / 6) / 10), chars: number.format(share.characters), n: share.turns }),
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
      <p lang={CONTENT_LANG}>
        <UserText>{transcript.title}</UserText>
      </p>
      <p className="page-intro">{t('overviewIntro')}</p>
      <BarChart title={t('speakingTimeTitle')} rows={speakingRows} legend={false} tableHeadings={{ row: t('chartSpeaker'), value: t('chartData') }} />
      <p className="page-intro">{t('speakingEstimateNote')}</p>
      {claimRows.length > 0 ? (
        <BarChart title={t('claimsBySpeakerTitle')} rows={claimRows} legend tableHeadings={{ row: t('chartSpeaker'), value: t('chartData') }} />
      ) : (
        <p>{t('claimsBySpeakerNone')}</p>
      )}
    </>
  );
}
