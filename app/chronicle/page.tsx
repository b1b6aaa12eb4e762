import type { Metadata } from 'next';
import { ChronicleDaysChart } from '@/components/charts/chronicle-days-chart';
import { ChronicleTimeline, dayId } from '@/components/chronicle/chronicle-timeline';
import { getViewer } from '@/lib/auth/viewer';
import { listChronicleTimelines, listChronicleDayCounts } from '@/lib/data/transcripts';
import { listTurnsLinkedToEntries } from '@/lib/data/links';
import { getI18n } from '@/lib/i18n/get-i18n';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('chronicleTitle') };
}

/** The chronicles as timelines of days; under each entry, the turns confirmed as related to it (as far as the viewer may see). */
export default async function ChroniclePage() {
  const [{ locale, t }, chronicles, viewer] = await Promise.all([getI18n(), listChronicleTimelines(), getViewer()]);
  const [linked, dayCounts] = await Promise.all([
    Promise.all(chronicles.map((chronicle) => listTurnsLinkedToEntries(viewer, chronicle.slug))),
    Promise.all(chronicles.map((chronicle) => listChronicleDayCounts(viewer, chronicle.slug))),
  ]);
  return (
    <>
      <h1>{t('chronicleTitle')}</h1>
      <p className="page-intro">{t('chronicleIntro')}</p>
      {chronicles.length === 0 ? (
        <p className="empty-state">{t('chronicleEmpty')}</p>
      ) : (
        chronicles.map((chronicle, i) => {
          // The first chronicle owns the plain `day-YYYY-MM-DD` ids that other pages link to.
          const idPrefix = i === 0 ? '' : `${chronicle.slug}-`;
          return (
            <section key={chronicle.slug}>
              <ChronicleDaysChart days={dayCounts[i] ?? []} dayHref={(date) => `#${dayId(date, idPrefix)}`} t={t} />
              <ChronicleTimeline chronicle={chronicle} idPrefix={idPrefix} linkedTurns={linked[i]} locale={locale} t={t} />
            </section>
          );
        })
      )}
    </>
  );
}
