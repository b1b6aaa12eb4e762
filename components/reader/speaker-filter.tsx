import Link from 'next/link';
import { UserMessage } from '@/components/ui/user-text';
import type { ReaderSpeaker } from '@/lib/data/transcripts';
import { isolate } from '@/lib/format/isolate';
import { speakerLabel } from '@/lib/format/speaker-label';
import type { Translator } from '@/lib/i18n/translate';
import type { SpeakerRole } from '@/lib/transcript';
import { roleLabel } from '@/components/ui/role-badge';
import styles from './speaker-filter.module.css';

const ROLE_ORDER: SpeakerRole[] = ['host', 'official', 'journalist', 'other'];

/**
 * Narrows the reading column to one speaker with a plain GET form (`?speaker=<label>`), so it
 * works without JavaScript and a filtered view can be bookmarked or shared.
 */
export function SpeakerFilter({
  action,
  speakers,
  selected,
  shown,
  total,
  t,
}: {
  /** Path of the transcript page; the form submits to it. */
  action: string;
  speakers: ReaderSpeaker[];
  /** The requested speaker label, known or not. */
  selected: string | null;
  shown: number;
  total: number;
  t: Translator;
}) {
  const unknown = selected !== null && !speakers.some((s) => s.label === selected);
  return (
    <section aria-labelledby="filter-heading" className={styles.filter}>
      <h2 id="filter-heading" className={styles.heading}>
        {t('filterTitle')}
      </h2>
      <form method="get" action={`${action}#turns`} className={styles.form}>
        <label htmlFor="speaker-filter" className="visually-hidden">
          {t('filterLabel')}
        </label>
        <select id="speaker-filter" name="speaker" defaultValue={unknown ? '' : (selected ?? '')} className={styles.select}>
          <option value="">{t('filterAll')}</option>
          {ROLE_ORDER.map((role) => {
            const group = speakers.filter((s) => s.role === role);
            if (group.length === 0) return null;
            return (
              <optgroup key={role} label={roleLabel(role, t)}>
                {group.map((speaker) => (
                  <option key={speaker.label} value={speaker.label}>
                    {optionText(speaker)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <button type="submit" className={styles.apply}>
          {t('filterApply')}
        </button>
      </form>
      <p className={styles.status} role="status">
        {unknown && (
          <span className={styles.warning}>
            <UserMessage message={t('filterUnknown')} values={{ speaker: selected }} />{' '}
          </span>
        )}
        {t('filterStatus', { shown, total })}
        {selected !== null && (
          <>
            {' · '}
            <Link href={`${action}#turns`}>{t('filterClear')}</Link>
          </>
        )}
      </p>
    </section>
  );
}

/** An option's text: name, title or outlet, number of turns; imported parts isolated (an option holds no `<bdi>`). */
function optionText(speaker: ReaderSpeaker): string {
  const { primary, secondary } = speakerLabel(speaker);
  return `${isolate(primary)}${secondary ? ` · ${isolate(secondary)}` : ''} (${speaker.turnCount})`;
}
