import Link from 'next/link';
import { FilterSelect } from '@/components/ui/filter-select';
import styles from './library-controls.module.css';

/** The library's filter (a GET form: works without JavaScript) and the link to import, for signed-in readers. */
export function LibraryFilterForm({
  filter,
  signedIn,
  labels,
}: {
  filter: string;
  signedIn: boolean;
  labels: { show: string; all: string; mine: string; group: string; public: string; apply: string; importLink: string };
}) {
  const options = signedIn
    ? [
        { value: 'mine', label: labels.mine },
        { value: 'group', label: labels.group },
        { value: 'public', label: labels.public },
      ]
    : [{ value: 'public', label: labels.public }];
  return (
    <div className={styles.bar}>
      <form method="get" action="/" className={styles.form}>
        <FilterSelect name="show" label={labels.show} value={filter === 'all' ? undefined : filter} options={options} any={labels.all} className={styles.field} />
        <button type="submit" className={styles.button}>
          {labels.apply}
        </button>
      </form>
      {signedIn && (
        <Link href="/import" className={styles.importLink}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 2v9M4 7l4 4 4-4M2 14h12" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          {labels.importLink}
        </Link>
      )}
    </div>
  );
}

/** Links to the first and the next page of the library (keyset cursors in the URL). */
export function LibraryPager({ firstHref, nextHref, labels }: { firstHref: string | null; nextHref: string | null; labels: { pages: string; first: string; next: string } }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={labels.pages} className={styles.pager}>
      {firstHref && (
        <Link href={firstHref} className={styles.pageLink}>
          {labels.first}
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} className={styles.pageLink} rel="next">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
