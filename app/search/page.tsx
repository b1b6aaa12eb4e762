import type { Metadata } from 'next';
import { claimFieldLabels } from '@/components/annotations/labels';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { getViewer } from '@/lib/auth/viewer';
import { listSearchSpeakers, search, SEARCH_PAGE_SIZE } from '@/lib/data/search';
import { getI18n } from '@/lib/i18n/get-i18n';
import { searchFiltersSchema } from '@/lib/validation/search';

export const dynamic = 'force-dynamic';

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t('searchTitle') };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Search across turns, readable annotations and the chronicle (GET `?q=…` plus filters). */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  const [params, { t }, viewer] = await Promise.all([searchParams, getI18n(), getViewer()]);
  const q = first(params.q) ?? '';
  const filters = searchFiltersSchema.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, first(value)])));
  const [results, speakers] = await Promise.all([search(viewer, q, filters), listSearchSpeakers(viewer)]);
  const labels = claimFieldLabels(t);
  const statusLabel = (status: string) => labels.statuses.find((option) => option.value === status)?.label ?? status;
  return (
    <>
      <h1>{t('searchTitle')}</h1>
      <p className="page-intro">{t('searchIntro')}</p>
      <SearchForm q={q} filters={filters} speakers={speakers} statuses={labels.statuses} t={t} />
      {results ? <SearchResults results={results} pageSize={SEARCH_PAGE_SIZE} statusLabel={statusLabel} t={t} /> : q !== '' && <p>{t('searchEmptyQuery')}</p>}
    </>
  );
}
