import { formatDay } from '@/components/annotations/card-context';
import { UserMessage, UserText } from '@/components/ui/user-text';
import { liftBanFormAction } from '@/lib/actions/group-form-actions';
import type { BannedMemberView } from '@/lib/data/groups';
import { isolate } from '@/lib/format/isolate';
import type { Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { GroupActionForm } from './group-action-form';
import styles from './groups.module.css';

/**
 * For the group's owners and moderators (the page loads the list only for them): the people
 * removed from the group, who cannot come back with the join code, each with "Let back in"
 * (a plain form post; it works without JavaScript). Nothing when nobody is removed.
 */
export function BannedMembers({ groupId, banned, locale, t }: { groupId: string; banned: BannedMemberView[]; locale: Locale; t: Translator }) {
  if (banned.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="banned-title">
      <h2 id="banned-title">
        {t('groupsBannedTitle')} <span className={styles.meta}>{t('groupsBannedCount', { n: banned.length })}</span>
      </h2>
      <p className={styles.hint}>{t('groupsBannedIntro')}</p>
      <ul className={styles.list} data-testid="banned-members">
        {banned.map((person) => (
          <li key={person.userId} className={styles.item}>
            <UserText className={styles.name}>{person.name}</UserText>
            <span className={styles.meta}>
              <UserMessage message={t('groupsBannedOn')} values={{ date: <time dateTime={person.bannedAt}>{formatDay(person.bannedAt, locale)}</time> }} />
            </span>
            <div className={styles.memberActions}>
              <GroupActionForm
                action={liftBanFormAction}
                label={t('groupsLetBackInName', { name: isolate(person.name) })}
                submitLabel={t('groupsLetBackIn')}
                pendingLabel={t('groupsPending')}
              >
                <input type="hidden" name="groupId" value={groupId} />
                <input type="hidden" name="userId" value={person.userId} />
              </GroupActionForm>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
