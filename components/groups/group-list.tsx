import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { GroupSummary } from '@/lib/data/groups';
import type { Translator } from '@/lib/i18n/translate';
import { groupKindLabel, groupRoleLabel } from './group-labels';
import styles from './groups.module.css';

/** The viewer's groups: name (a link), kind, their role, member count and an archived marker. */
export function GroupList({ groups, t }: { groups: GroupSummary[]; t: Translator }) {
  if (groups.length === 0) return <p className={styles.meta}>{t('groupsNone')}</p>;
  return (
    <ul className={styles.list}>
      {groups.map((group) => (
        <li key={group.id} className={styles.item}>
          <Link href={`/groups/${encodeURIComponent(group.id)}`} className={styles.name}>
            <UserText>{group.name}</UserText>
          </Link>
          <span className={styles.badge}>{groupKindLabel(group.kind, t)}</span>
          <span className={styles.meta}>{t('groupsMyRole', { role: groupRoleLabel(group.myRole, group.kind, t) })}</span>
          <span className={styles.meta}>{t('groupsMemberCount', { n: group.memberCount })}</span>
          {group.archivedAt && <span className={styles.badge}>{t('groupsArchived')}</span>}
        </li>
      ))}
    </ul>
  );
}
