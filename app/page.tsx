import { TranscriptList } from '@/components/transcripts/transcript-list';
import { getViewer } from '@/lib/auth/viewer';
import { listTranscripts } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

/** Home: every transcript the viewer may read, newest press conference first. */
export default async function HomePage() {
  const [{ locale, t }, transcripts] = await Promise.all([getI18n(), listTranscripts(await getViewer())]);
  return (
    <>
      <h1>{t('homeTitle')}</h1>
      <p className="page-intro">{t('homeIntro')}</p>
      {transcripts.length === 0 ? (
        <div className="empty-state">
          <p>{t('homeEmpty')}</p>
          <p>{t('homeEmptyHint')}</p>
        </div>
      ) : (
        <TranscriptList transcripts={transcripts} locale={locale} t={t} />
      )}
    </>
  );
}
