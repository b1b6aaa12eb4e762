import type { Option } from '@/components/ui/option';
import { FilterSelect } from '@/components/ui/filter-select';
import { isolate } from '@/lib/format/isolate';
import type { Translator } from '@/lib/i18n/translate';
import type { SearchFilters } from '@/lib/validation/search';
import styles from './search.module.css';

/** The search box and its filters: a plain GET form, so results have shareable URLs and work without JavaScript. */
export function SearchForm({ q, filters, speakers, statuses, t }: { q: string; filters: SearchFilters; speakers: string[]; statuses: Option[]; t: Translator }) {
  return (
    <form method="get" action="/search" role="search" className={styles.form}>
      <label className={styles.query}>
        <span>{t('searchQuery')}</span>
        <input type="search" name="q" defaultValue={q} maxLength={100} autoComplete="off" />
      </label>
      <button type="submit" className={styles.submit}>
        {t('searchSubmit')}
      </button>
      <div className={styles.filters}>
        <FilterSelect name="kind" label={t('searchKind')} value={filters.kind} any={t('searchKindAny')} options={[
          { value: 'turn', label: t('searchKindTurn') },
          { value: 'annotation', label: t('searchKindAnnotation') },
          { value: 'chronicle', label: t('searchKindChronicle') },
        ]} />
        <FilterSelect name="speaker" label={t('searchSpeaker')} value={filters.speaker} any={t('searchAny')} options={speakers.map((s) => ({ value: s, label: isolate(s) }))} />
        <label>
          <span>{t('searchFrom')}</span>
          <input type="date" name="from" defaultValue={filters.from ?? ''} />
        </label>
        <label>
          <span>{t('searchTo')}</span>
          <input type="date" name="to" defaultValue={filters.to ?? ''} />
        </label>
        <label>
          <span>{t('searchTag')}</span>
          <input name="tag" defaultValue={filters.tag ?? ''} autoComplete="off" />
        </label>
        <FilterSelect name="status" label={t('searchStatus')} value={filters.status} any={t('searchAny')} options={statuses} />
      </div>
    </form>
  );
}
