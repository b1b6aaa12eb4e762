import type { EntryOptionGroup, LinkGroupChoice } from '@/lib/data/links';
import { addLinkFormAction } from '@/lib/actions/link-actions';
import { formatDayHeading } from '@/lib/format/format-time';
import { isolate } from '@/lib/format/isolate';
import { CONTENT_LANG, languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { LinkFormContext, NoteAndVisibility } from './form-fields';
import styles from './links.module.css';

/** Links the turn to a chronicle entry picked from a list grouped by day; a plain form post. */
export function AddLinkForm({
  transcriptSlug,
  turnIndex,
  returnTo,
  entryOptions,
  groups,
  locale,
  t,
}: {
  transcriptSlug: string;
  turnIndex: number;
  returnTo: string;
  entryOptions: readonly EntryOptionGroup[];
  /** The viewer's active groups, offered as visibilities. */
  groups?: readonly LinkGroupChoice[];
  locale: Locale;
  t: Translator;
}) {
  const id = `add-link-${turnIndex}`;
  const label = (group: EntryOptionGroup) => (group.date ? formatDayHeading(group.date, languageTag(locale)) : t('dateUnknown'));
  return (
    <form action={addLinkFormAction} className={`${styles.form} ${styles.add}`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className={`${styles.heading} ${styles.wide}`}>
        {t('linkAddTitle')}
      </h4>
      <LinkFormContext transcriptSlug={transcriptSlug} turnIndex={turnIndex} returnTo={returnTo} />
      <label className={`${styles.field} ${styles.wide}`} htmlFor={`${id}-entry`}>
        {t('linkAddEntry')}
        <select id={`${id}-entry`} name="chronicleEntryId" required defaultValue="" lang={CONTENT_LANG}>
          <option value="" disabled>
            {t('linkAddChoose')}
          </option>
          {entryOptions.map((group) => (
            <optgroup key={`${group.chronicleSlug}:${group.date ?? 'undated'}`} label={label(group)}>
              {group.entries.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {isolate(entry.text)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <NoteAndVisibility idPrefix={id} groups={groups} withNote t={t} />
      <button type="submit" className={styles.button}>
        {t('linkAddSubmit')}
      </button>
    </form>
  );
}
