import { UserMessage, UserText } from '@/components/ui/user-text';
import type { AnnotationSummary } from '@/lib/data/annotations';
import type { Translator } from '@/lib/i18n/translate';
import { claimStatusLabel, claimTypeLabel } from './labels';
import styles from './annotation-card.module.css';

/** Visibility ("Group: <name>" for a group's), Hidden, claim type and status, and tags, as small badges. */
export function AnnotationBadges({ annotation, t }: { annotation: AnnotationSummary; t: Translator }) {
  const { visibility, group, hidden, claim, tags } = annotation;
  return (
    <div className={styles.badges}>
      <span className={styles.badge} data-kind={visibility}>
        {group ? (
          <UserMessage message={t('groupsVisibilityGroup')} values={{ name: group.name }} />
        ) : (
          t(visibility === 'public' ? 'visibilityPublic' : 'visibilityPrivate')
        )}
      </span>
      {hidden && (
        <span className={styles.badge} data-kind="hidden">
          {t('groupsHiddenBadge')}
        </span>
      )}
      {claim && (
        <span className={styles.badge} data-kind="claim" data-status={claim.status}>
          {claimTypeLabel(claim.type, t)} · {claimStatusLabel(claim.status, t)}
        </span>
      )}
      {tags.length > 0 && (
        <ul className={styles.tags} aria-label={t('tagsLabel')}>
          {tags.map((tag) => (
            <li key={tag}>
              #<UserText>{tag}</UserText>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
