import {
  archiveGroupFormAction,
  leaveGroupFormAction,
  renameGroupFormAction,
  rotateJoinCodeFormAction,
} from '@/lib/actions/group-form-actions';
import type { GroupDetail } from '@/lib/data/groups';
import type { Translator } from '@/lib/i18n/translate';
import { CopyJoinLink } from './copy-join-link';
import { GroupActionForm } from './group-action-form';
import styles from './groups.module.css';

const GroupIdField = ({ group }: { group: GroupDetail }) => <input type="hidden" name="groupId" value={group.id} />;

/** Join code and link for owners and moderators (`joinCode` is only set for them); owners rotate it. */
export function GroupInvite({ group, t }: { group: GroupDetail; t: Translator }) {
  if (!group.joinCode || group.archivedAt) return null;
  return (
    <section className={styles.section} aria-labelledby="invite-title">
      <h2 id="invite-title">{t('groupsInviteTitle')}</h2>
      <p className={styles.inviteRow}>
        <span>{t('groupsJoinCode')}: </span>
        <code className={styles.code} data-testid="join-code">
          {group.joinCode}
        </code>
      </p>
      <CopyJoinLink path={`/join/${group.joinCode}`} label={t('groupsJoinLink')} copyLabel={t('groupsCopyLink')} copiedLabel={t('groupsCopied')} />
      {group.myRole === 'owner' && (
        <GroupActionForm action={rotateJoinCodeFormAction} submitLabel={t('groupsRotate')} pendingLabel={t('groupsPending')}>
          <GroupIdField group={group} />
          <span className={styles.hint}>{t('groupsRotateHint')}</span>
        </GroupActionForm>
      )}
    </section>
  );
}

/** Rename and archive (owners of an active group), and Leave for every member. */
export function GroupManage({ group, t }: { group: GroupDetail; t: Translator }) {
  const owns = group.myRole === 'owner' && !group.archivedAt;
  return (
    <section className={styles.section} aria-labelledby="manage-title">
      <h2 id="manage-title">{t('groupsManageTitle')}</h2>
      {owns && (
        <>
          <GroupActionForm action={renameGroupFormAction} submitLabel={t('groupsRename')} pendingLabel={t('groupsPending')}>
            <GroupIdField group={group} />
            <div className={styles.field}>
              <label htmlFor="rename-group">{t('groupsRenameLabel')}</label>
              <input id="rename-group" name="name" required maxLength={100} defaultValue={group.name} autoComplete="off" />
            </div>
          </GroupActionForm>
          <GroupActionForm action={archiveGroupFormAction} submitLabel={t('groupsArchive')} pendingLabel={t('groupsPending')} danger>
            <GroupIdField group={group} />
            <span className={styles.hint}>{t('groupsArchiveHint')}</span>
          </GroupActionForm>
        </>
      )}
      <GroupActionForm action={leaveGroupFormAction} submitLabel={t('groupsLeave')} pendingLabel={t('groupsPending')} danger>
        <GroupIdField group={group} />
      </GroupActionForm>
    </section>
  );
}
