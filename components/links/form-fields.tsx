import type { Translator } from '@/lib/i18n/translate';
import { MAX_LINK_NOTE_LENGTH } from '@/lib/validation/links';
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

/** An optional note and who may see the judgment (private by default, like annotations). */
export function NoteAndVisibility({
  idPrefix,
  note,
  visibility,
  withNote,
  t,
}: {
  idPrefix: string;
  note?: string | null;
  visibility?: 'private' | 'public';
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
        <select id={`${idPrefix}-visibility`} name="visibility" defaultValue={visibility ?? 'private'}>
          <option value="private">{t('visibilityPrivate')}</option>
          <option value="public">{t('visibilityPublic')}</option>
        </select>
      </label>
    </>
  );
}
