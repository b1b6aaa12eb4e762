import Link from 'next/link';
import { UserMessage, UserText } from '@/components/ui/user-text';
import type { SearchHit, SearchResults as Results } from '@/lib/data/search';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import styles from './search.module.css';

const KIND_LABEL = { turn: 'searchKindTurn', annotation: 'searchKindAnnotation', chronicle: 'searchKindChronicle' } as const;

/** Ranked results: full matches, then related ones under their own heading; matches marked. */
export function SearchResults({ results, pageSize, statusLabel, t }: { results: Results; pageSize: number; statusLabel: (status: string) => string; t: Translator }) {
  const total = results.counts.turn + results.counts.annotation + results.counts.chronicle;
  const full = results.hits.filter((hit) => !hit.related);
  const related = results.hits.filter((hit) => hit.related);
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">{t('searchResultsTitle')}</h2>
      <p role="status">
        <UserMessage message={total === 0 ? t('searchNoResults') : t('searchResultCount', { n: total })} values={{ q: results.query }} />
        {total > 0 && <span className={styles.counts}> {t('searchCounts', results.counts)}</span>}
        {total > pageSize && <span> {t('searchShownFirst', { n: pageSize })}</span>}
      </p>
      <HitList hits={full} statusLabel={statusLabel} t={t} />
      {related.length > 0 && (
        <>
          <h3>{t('searchRelatedTitle')}</h3>
          <HitList hits={related} statusLabel={statusLabel} t={t} />
        </>
      )}
    </section>
  );
}

function HitList({ hits, statusLabel, t }: { hits: SearchHit[]; statusLabel: (status: string) => string; t: Translator }) {
  if (hits.length === 0) return null;
  return (
    <ol className={styles.hits}>
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`} className={styles.hit}>
          <p className={styles.where}>
            <span className={styles.kind} data-kind={hit.kind}>
              {t(KIND_LABEL[hit.kind])}
            </span>{' '}
            <Link href={hit.href}>
              <UserText lang={CONTENT_LANG}>{hit.source}</UserText>
              {hit.turnIndex !== null && (
                <>
                  {' · '}
                  <UserMessage message={t('searchTurnAt', { n: hit.turnIndex })} values={{ speaker: hit.speaker ?? '' }} />
                </>
              )}
              {hit.kind === 'chronicle' && hit.date && <> · {hit.date}</>}
            </Link>
          </p>
          <p className={styles.snippet} lang={CONTENT_LANG}>
            <UserText>{hit.segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}</UserText>
          </p>
          {(hit.status || hit.tags.length > 0) && (
            <p className={styles.meta}>
              {hit.status && <span>{statusLabel(hit.status)}</span>}
              {hit.tags.map((tag) => (
                <span key={tag} className={styles.tag}>
                  #<UserText>{tag}</UserText>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
