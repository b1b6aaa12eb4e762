import { createGroupFormAction, joinGroupFormAction } from '@/lib/actions/group-form-actions';
import type { Translator } from '@/lib/i18n/translate';
import { GROUP_KINDS } from '@/lib/validation/groups';
import { GroupActionForm } from './group-action-form';
import { groupKindLabel } from './group-labels';
import styles from './groups.module.css';

/** "Create a group" (name and kind); the new group's page opens afterwards. */
export function CreateGroupForm({ t }: { t: Translator }) {
  return (
    <section className={styles.section} aria-labelledby="create-group-title">
      <h2 id="create-group-title">{t('groupsCreateTitle')}</h2>
      <GroupActionForm action={createGroupFormAction} label={t('groupsCreateTitle')} submitLabel={t('groupsCreateSubmit')} pendingLabel={t('groupsPending')}>
        <div className={styles.field}>
          <label htmlFor="create-group-name">{t('groupsNameLabel')}</label>
          <input id="create-group-name" name="name" required maxLength={100} autoComplete="off" />
        </div>
        <div className={styles.field}>
          <label htmlFor="create-group-kind">{t('groupsKindLabel')}</label>
          <select id="create-group-kind" name="kind" defaultValue="team">
            {GROUP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {groupKindLabel(kind, t)}
              </option>
            ))}
          </select>
        </div>
      </GroupActionForm>
    </section>
  );
}

/** "Join with a code": posts the code; the group's page opens afterwards. */
export function JoinByCodeForm({ t }: { t: Translator }) {
  return (
    <section className={styles.section} aria-labelledby="join-group-title">
      <h2 id="join-group-title">{t('groupsJoinTitle')}</h2>
      <GroupActionForm action={joinGroupFormAction} label={t('groupsJoinTitle')} submitLabel={t('groupsJoinSubmit')} pendingLabel={t('groupsPending')}>
        <div className={styles.field}>
          <label htmlFor="join-code-input">{t('groupsCodeLabel')}</label>
          <input
            id="join-code-input"
            name="code"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="join-code-hint"
          />
        </div>
        <span id="join-code-hint" className={styles.hint}>
          {t('groupsCodeHint')}
        </span>
      </GroupActionForm>
    </section>
  );
}
