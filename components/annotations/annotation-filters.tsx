import Link from 'next/link';
import { FilterSelect } from '@/components/ui/filter-select';
import type { Option } from '@/components/ui/option';
import type { AnnotationFilters as Filters } from '@/lib/data/annotations';
import type { Translator } from '@/lib/i18n/translate';
import type { ClaimFieldLabels } from './labels';
import styles from './annotation-filters.module.css';

/**
 * Narrows the highlights and the side panel with a plain GET form (tag, claim status and type,
 * author, "only mine"), so filtered views work without JavaScript and can be shared. The speaker
 * filter's choice is carried along.
 */
export function AnnotationFilters({
  action,
  filters,
  speaker,
  tags,
  authors,
  claim,
  signedIn,
  shown,
  clearHref,
  claimsHref,
  t,
}: {
  /** Path of the transcript page. */
  action: string;
  filters: Filters;
  speaker: string | null;
  /** Tag names seen on the visible annotations, suggested in the tag field. */
  tags: string[];
  authors: Option[];
  claim: Pick<ClaimFieldLabels, 'types' | 'statuses'>;
  signedIn: boolean;
  /** Number of annotations after filtering. */
  shown: number;
  /** Set when a filter is active: the page without annotation filters. */
  clearHref: string | null;
  claimsHref: string;
  t: Translator;
}) {
  return (
    <section aria-labelledby="annotation-filter-heading" className={styles.filters}>
      <h2 id="annotation-filter-heading" className={styles.heading}>
        {t('filtersTitle')}
      </h2>
      <form method="get" action={`${action}#turns`} className={styles.form}>
        {speaker !== null && <input type="hidden" name="speaker" value={speaker} />}
        <label className={styles.field}>
          <span>{t('filterTag')}</span>
          <input name="tag" defaultValue={filters.tag ?? ''} list="annotation-tag-list" autoComplete="off" />
        </label>
        <datalist id="annotation-tag-list">
          {tags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <FilterSelect className={styles.field} name="claimStatus" label={t('filterClaimStatus')} value={filters.claimStatus} options={claim.statuses} any={t('filterAny')} />
        <FilterSelect className={styles.field} name="claimType" label={t('filterClaimType')} value={filters.claimType} options={claim.types} any={t('filterAny')} />
        <FilterSelect className={styles.field} name="authorId" label={t('filterAuthor')} value={filters.authorId} options={authors} any={t('filterAny')} />
        {signedIn && (
          <label className={styles.check}>
            <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine === true} />
            {t('filterMine')}
          </label>
        )}
        <div className={styles.actions}>
          <button type="submit" className={styles.apply}>
            {t('filterAnnotationsApply')}
          </button>
          {clearHref && <Link href={clearHref}>{t('filterAnnotationsClear')}</Link>}
        </div>
      </form>
      <p className={styles.status}>
        {t('annotationsShown', { n: shown })} · <Link href={claimsHref}>{t('claimsLink')}</Link>
      </p>
    </section>
  );
}
