import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportForm } from '@/components/exports/import-form';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { getViewer } from '@/lib/auth/viewer';
import { listMyGroups } from '@/lib/data/groups';
import { listTranscripts } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';
import { CONTENT_LANG } from '@/lib/i18n/locale';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('exportTitle') };
}

const exportHref = (params: Record<string, string>) => `/api/export/annotations?${new URLSearchParams(params)}`;

/** Every export the reader may take (per transcript, their own, their groups') and the import form. */
export default async function ExportPage() {
  const [{ t }, viewer] = await Promise.all([getI18n(), getViewer()]);
  const transcripts = await listTranscripts(viewer);
  const groups = viewer ? await listMyGroups(viewer) : [];
  return (
    <>
      <h1>{t('exportTitle')}</h1>
      <p className="page-intro">{t('exportIntro')}</p>
      <section aria-labelledby="export-transcripts">
        <h2 id="export-transcripts">{t('exportTranscripts')}</h2>
        <ul>
          {transcripts.map((transcript) => (
            <li key={transcript.slug}>
              <UserText lang={CONTENT_LANG}>{transcript.title}</UserText>:{' '}
              <a href={exportHref({ transcript: transcript.slug })} download>
                {t('exportAnnotations')}
              </a>{' '}
              · <a href={`/api/export/claim-reviews?${new URLSearchParams({ transcript: transcript.slug })}`} download>{t('exportClaimReviews')}</a>{' '}
              · <Link href={`/transcripts/${encodeURIComponent(transcript.slug)}/print`}>{t('exportPrint')}</Link>
            </li>
          ))}
        </ul>
      </section>
      {viewer && (
        <section aria-labelledby="export-mine">
          <h2 id="export-mine">{t('exportMine')}</h2>
          <p>
            <a href={exportHref({ mine: '1' })} download>
              {t('exportMine')}
            </a>
          </p>
          {groups.length > 0 && (
            <>
              <h3>{t('exportGroups')}</h3>
              <ul>
                {groups.map((group) => (
                  <li key={group.id}>
                    <a href={exportHref({ group: group.id })} download>
                      <UserMessage message={t('exportGroupLink')} values={{ name: group.name }} />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t('importTitle')}</h2>
        <p>{t('importIntro')}</p>
        {viewer ? (
          <ImportForm labels={{ file: t('importFile'), submit: t('importSubmit'), busy: t('importBusy'), done: t('importDone') }} />
        ) : (
          <p>
            <Link href="/signin?callbackUrl=%2Fexport">{t('importSignIn')}</Link>
          </p>
        )}
      </section>
    </>
  );
}
