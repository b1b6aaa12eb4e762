import { LibraryFilterForm, LibraryPager } from '@/components/transcripts/library-controls';
import { TranscriptList } from '@/components/transcripts/transcript-list';
import { getViewer } from '@/lib/auth/viewer';
import { listLibrary, type LibraryFilter } from '@/lib/data/transcripts';
import { getI18n } from '@/lib/i18n/get-i18n';

// Read at request time: the build must not need a database.
export const dynamic = 'force-dynamic';

const FILTERS: readonly LibraryFilter[] = ['all', 'mine', 'group', 'public'];

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Home: the library, every transcript the viewer may read, newest press conference first, by filter and in pages (`?show=mine&after=cursor`). */
export default async function HomePage({ searchParams }: HomePageProps) {
  const [query, viewer, { locale, t }] = await Promise.all([searchParams, getViewer(), getI18n()]);
  const filter = FILTERS.find((f) => f === query.show) ?? 'all';
  const after = typeof query.after === 'string' ? query.after : null;
  const page = await listLibrary(viewer, { filter, after });
  const href = (cursor: string | null) => {
    const params = new URLSearchParams();
    if (filter !== 'all') params.set('show', filter);
    if (cursor) params.set('after', cursor);
    const search = params.toString();
    return search ? `/?${search}` : '/';
  };
  return (
    <>
      <h1>{t('homeTitle')}</h1>
      <p className="page-intro">{t('homeIntro')}</p>
      <LibraryFilterForm
        filter={filter}
        signedIn={viewer !== null}
        labels={{
          show: t('libraryFilterLabel'),
          all: t('libraryFilterAll'),
          mine: t('libraryFilterMine'),
          group: t('libraryFilterGroup'),
          public: t('libraryFilterPublic'),
          apply: t('libraryFilterApply'),
          importLink: t('libraryImportLink'),
        }}
      />
      {page.transcripts.length === 0 ? (
        <div className="empty-state">
          <p>{filter === 'all' && !after ? t('homeEmpty') : t('libraryNoneFiltered')}</p>
          {filter === 'all' && !after && <p>{t('homeEmptyHint')}</p>}
        </div>
      ) : (
        <TranscriptList transcripts={page.transcripts} locale={locale} t={t} />
      )}
      <LibraryPager
        firstHref={after ? href(null) : null}
        nextHref={page.next ? href(page.next) : null}
        labels={{ pages: t('libraryPages'), first: t('libraryFirstPage'), next: t('libraryNextPage') }}
      />
    </>
  );
}
