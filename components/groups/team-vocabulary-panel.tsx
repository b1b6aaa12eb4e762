import { addTeamTagFormAction, removeTeamTagFormAction, setVocabularyClosedFormAction } from '@/lib/actions/team-actions';
import { UserText } from '@/components/ui/user-text';
import type { TeamVocabulary } from '@/lib/data/groups';
import { isolate } from '@/lib/format/isolate';
import type { Translator } from '@/lib/i18n/translate';
import { MAX_TEAM_TAG_DESCRIPTION } from '@/lib/validation/team';
import { GroupActionForm } from './group-action-form';
import styles from './team-section.module.css';

/**
 * A team's tag vocabulary: its tags and whether it is closed, for every member; owners of an
 * active team add and remove tags and open or close it (`canManage`).
 */
export function TeamVocabularyPanel({ vocabulary, canManage, t }: { vocabulary: TeamVocabulary; canManage: boolean; t: Translator }) {
  const groupId = <input type="hidden" name="groupId" value={vocabulary.groupId} />;
  return (
    <section className={styles.section} aria-labelledby="team-vocabulary-title">
      <h2 id="team-vocabulary-title">{t('teamVocabularyTitle')}</h2>
      <p className={styles.hint}>{t('teamVocabularyIntro')}</p>
      <p data-testid="vocabulary-state">{t(vocabulary.closed ? 'teamVocabularyClosedState' : 'teamVocabularyOpenState')}</p>
      {vocabulary.tags.length === 0 ? (
        <p className={styles.hint}>{t('teamVocabularyEmpty')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('teamVocabularyTitle')}>
          {vocabulary.tags.map((tag) => (
            <li key={tag.id} className={styles.item}>
              <span className={styles.tag}>
                #<UserText>{tag.name}</UserText>
              </span>
              {tag.description && <UserText className={styles.meta}>{tag.description}</UserText>}
              {canManage && (
                <GroupActionForm
                  action={removeTeamTagFormAction}
                  submitLabel={t('teamTagRemove')}
                  pendingLabel={t('teamPending')}
                  label={t('teamTagRemoveName', { name: isolate(tag.name) })}
                  className={`${styles.form} ${styles.inline}`}
                >
                  {groupId}
                  <input type="hidden" name="tagId" value={tag.id} />
                </GroupActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <>
          <GroupActionForm action={addTeamTagFormAction} submitLabel={t('teamTagAdd')} pendingLabel={t('teamPending')} label={t('teamTagAdd')}>
            {groupId}
            <label className={styles.field}>
              {t('teamTagName')}
              <input name="name" required maxLength={200} autoComplete="off" />
            </label>
            <label className={styles.field}>
              {t('teamTagDescription')}
              <input name="description" maxLength={MAX_TEAM_TAG_DESCRIPTION} autoComplete="off" />
            </label>
          </GroupActionForm>
          <GroupActionForm
            action={setVocabularyClosedFormAction}
            submitLabel={t(vocabulary.closed ? 'teamVocabularyReopen' : 'teamVocabularyClose')}
            pendingLabel={t('teamPending')}
          >
            {groupId}
            <input type="hidden" name="closed" value={vocabulary.closed ? '0' : '1'} />
          </GroupActionForm>
        </>
      )}
    </section>
  );
}
