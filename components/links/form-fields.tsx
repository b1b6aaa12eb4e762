import type { JudgmentView, LinkGroupChoice } from '@/lib/data/links';
import { isolate } from '@/lib/format/isolate';
import type { Translator } from '@/lib/i18n/translate';
import { GROUP_CHOICE_PREFIX, MAX_LINK_NOTE_LENGTH } from '@/lib/validation/links';
import styles from './links.module.css';

/** The fields every link form posts, so the action knows where to return. */
export function LinkFormContext({ transcriptSlug, turnIndex, returnTo }: { transcriptSlug: string; turnIndex: number; returnTo: string }) {
  return (
    <>
      <input type="hidden" name="transcriptSlug" value={transcriptSlug} />
      <input type="hidden" name="turnIndex" value={turnIndex} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
}

/** The select value of a visibility: `private`, `public` or `group:<id>` (parseVisibilityChoice reads it back). */
function choiceOf(current: Pick<JudgmentView, 'visibility' | 'group'> | undefined, groups: readonly LinkGroupChoice[]): string {
  if (current?.visibility !== 'group') return current?.visibility ?? 'private';
  // A group no longer offered (archived, or the viewer left it) falls back to private, never to public.
  const id = current.group?.id;
  return id && groups.some((g) => g.id === id) ? `${GROUP_CHOICE_PREFIX}${id}` : 'private';
}

/**
 * An optional note and who may see the judgment (private by default, like annotations): private,
 * public, or one of `groups` (the viewer's active groups; lib/data/links listLinkGroupChoices).
 */
export function NoteAndVisibility({
  idPrefix,
  note,
  current,
  groups = [],
  withNote,
  t,
}: {
  idPrefix: string;
  note?: string | null;
  /** The viewer's earlier judgment, whose visibility the select starts at. */
  current?: Pick<JudgmentView, 'visibility' | 'group'>;
  groups?: readonly LinkGroupChoice[];
  withNote: boolean;
  t: Translator;
}) {
  return (
    <>
      {withNote && (
        <label className={`${styles.field} ${styles.wide}`} htmlFor={`${idPrefix}-note`}>
          {t('linkNoteLabel', { max: MAX_LINK_NOTE_LENGTH })}
          <textarea id={`${idPrefix}-note`} name="note" rows={2} maxLength={MAX_LINK_NOTE_LENGTH} defaultValue={note ?? ''} />
        </label>
      )}
      <label className={styles.field} htmlFor={`${idPrefix}-visibility`}>
        {t('visibilityLabel')}
        <select id={`${idPrefix}-visibility`} name="visibility" defaultValue={choiceOf(current, groups)}>
          <option value="private">{t('visibilityPrivate')}</option>
          <option value="public">{t('visibilityPublic')}</option>
          {groups.map((group) => (
            <option key={group.id} value={`${GROUP_CHOICE_PREFIX}${group.id}`}>
              {t('groupsVisibilityGroup', { name: isolate(group.name) })}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
