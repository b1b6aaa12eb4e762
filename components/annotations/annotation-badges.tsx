import type { AnnotationSummary } from '@/lib/data/annotation-types';
import type { Translator } from '@/lib/i18n/translate';
import { claimStatusLabel, claimTypeLabel } from './labels';
import styles from './annotation-card.module.css';

/** Visibility, claim type and status, and tags of an annotation, as small badges. */
export function AnnotationBadges({ annotation, t }: { annotation: AnnotationSummary; t: Translator }) {
  const { visibility, claim, tags } = annotation;
  return (
    <div className={styles.badges}>
      <span className={styles.badge} data-kind={visibility}>
        {t(visibility === 'public' ? 'visibilityPublic' : 'visibilityPrivate')}
      </span>
      {claim && (
        <span className={styles.badge} data-kind="claim" data-status={claim.status}>
          {claimTypeLabel(claim.type, t)} · {claimStatusLabel(claim.status, t)}
        </span>
      )}
      {tags.length > 0 && (
        <ul className={styles.tags} aria-label={t('tagsLabel')}>
          {tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
