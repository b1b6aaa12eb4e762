import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimsTable } from '@/components/annotations/claims-table';
import { FilterSelect } from '@/components/ui/filter-select';
import { UserText } from '@/components/ui/user-text';
import { claimFieldLabels } from '@/components/annotations/labels';
import { getViewer } from '@/lib/auth/viewer';
import { listClaimsForTranscript } from '@/lib/data/annotations';
import { getTranscriptForReader } from '@/lib/data/transcripts';
import { speakerLabel } from '@/lib/format/speaker-label';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import { parseReaderQuery } from '../reader-query';
import styles from './claims.module.css';

export const dynamic = 'force-dynamic';

interface ClaimsPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('claimsTitle') };
}

/** The claims marked on a transcript that the reader may see, filterable by status and type (GET form). */
export default async function ClaimsPage({ params, searchParams }: ClaimsPageProps) {
  const [{ slug }, query, { t }, viewer] = await Promise.all([params, searchParams, getI18n(), getViewer()]);
  const transcript = await getTranscriptForReader(viewer, slug);
  if (!transcript) notFound();
  const { filters } = parseReaderQuery(query);
  const claims = await listClaimsForTranscript(viewer, transcript.slug, { claimStatus: filters.claimStatus, claimType: filters.claimType });
  const speakers = new Map(transcript.speakers.map((s) => [s.label, s]));
  const speakerName = (label: string) => speakerLabel(speakers.get(label) ?? { label, name: null, title: null, organization: null }).primary;
  const path = `/transcripts/${encodeURIComponent(transcript.slug)}`;
  const labels = claimFieldLabels(t);

  return (
    <div className={styles.page}>
      <p>
        <Link href={path}>← {t('backToTranscript')}</Link>
      </p>
      <h1>{t('claimsTitle')}</h1>
      <p className={styles.transcript} lang={CONTENT_LANG}>
        <UserText>{transcript.title}</UserText>
      </p>
      <p className="page-intro">{t('claimsIntro')}</p>
      <form method="get" className={styles.filters}>
        <FilterSelect name="claimStatus" label={t('filterClaimStatus')} value={filters.claimStatus} options={labels.statuses} any={t('filterAny')} />
        <FilterSelect name="claimType" label={t('filterClaimType')} value={filters.claimType} options={labels.types} any={t('filterAny')} />
        <button type="submit">{t('filterAnnotationsApply')}</button>
      </form>
      {claims.length > 0 ? <ClaimsTable claims={claims} speakerName={speakerName} t={t} /> : <p className="empty-state">{t('claimsEmpty')}</p>}
    </div>
  );
}
