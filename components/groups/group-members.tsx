import { removeMemberFormAction, setMemberRoleFormAction } from '@/lib/actions/group-form-actions';
import { UserText } from '@/components/ui/user-text';
import type { GroupDetail, GroupMemberView } from '@/lib/data/groups';
import { isolate } from '@/lib/format/isolate';
import type { Translator } from '@/lib/i18n/translate';
import { GroupActionForm } from './group-action-form';
import { assignableRoles, groupRoleLabel, moderates } from './group-labels';
import styles from './groups.module.css';

/**
 * The group's current members by name and role. Owners of an active group change roles;
 * owners remove anyone else, moderators anyone but owners (the data layer enforces both).
 */
export function GroupMembers({ group, viewerId, t }: { group: GroupDetail; viewerId: string; t: Translator }) {
  const isOwner = group.myRole === 'owner';
  const mayRemove = (member: GroupMemberView) =>
    member.userId !== viewerId && moderates(group.myRole) && (member.role !== 'owner' || isOwner);
  return (
    <section className={styles.section} aria-labelledby="members-title">
      <h2 id="members-title">
        {t('groupsMembersTitle')} <span className={styles.meta}>{t('groupsMemberCount', { n: group.memberCount })}</span>
      </h2>
      <ul className={styles.list} data-testid="group-members">
        {group.members.map((member) => (
          <li key={member.userId} className={styles.item}>
            <UserText className={styles.name}>{member.name}</UserText>
            {member.userId === viewerId && <span className={styles.meta}>{t('groupsYou')}</span>}
            <span className={styles.badge}>{groupRoleLabel(member.role, group.kind, t)}</span>
            <div className={styles.memberActions}>
              {isOwner && !group.archivedAt && member.userId !== viewerId && (
                <GroupActionForm
                  action={setMemberRoleFormAction}
                  label={t('groupsRoleOf', { name: isolate(member.name) })}
                  submitLabel={t('groupsRoleApply')}
                  pendingLabel={t('groupsPending')}
                >
                  <input type="hidden" name="groupId" value={group.id} />
                  <input type="hidden" name="userId" value={member.userId} />
                  <select name="role" defaultValue={member.role} aria-label={t('groupsRoleOf', { name: isolate(member.name) })} className={styles.button}>
                    {assignableRoles(group.kind).map((role) => (
                      <option key={role} value={role}>
                        {groupRoleLabel(role, group.kind, t)}
                      </option>
                    ))}
                  </select>
                </GroupActionForm>
              )}
              {mayRemove(member) && (
                <GroupActionForm
                  action={removeMemberFormAction}
                  label={t('groupsRemoveName', { name: isolate(member.name) })}
                  submitLabel={t('groupsRemove')}
                  pendingLabel={t('groupsPending')}
                  danger
                >
                  <input type="hidden" name="groupId" value={group.id} />
                  <input type="hidden" name="userId" value={member.userId} />
                </GroupActionForm>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
