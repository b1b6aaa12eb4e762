import { UserMessage, UserText } from '@/components/ui/user-text';
import type { LinkGroupChoice, TurnLinkView } from '@/lib/data/links';
import { formatDayHeading } from '@/lib/format/format-time';
import { CONTENT_LANG, languageTag, type Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { LinkJudgment } from './link-judgment';
import { ReasonChips } from './reason-chips';
import styles from './links.module.css';

/** Element id of a link in a list: `link-<id>`, the anchor a judgment returns to. */
export const linkElementId = (linkId: string) => `link-${linkId}`;

/**
 * One related chronicle entry: its day, text (linked to the chronicle), how it came to be
 * linked, score and reasons, visible confirmations and rejections with notes, and, for a
 * signed-in viewer, their judgment form.
 */
export function LinkItem({
  link,
  signedIn,
  returnTo,
  withNote,
  groups,
  locale,
  t,
}: {
  link: TurnLinkView;
  signedIn: boolean;
  returnTo: string;
  withNote: boolean;
  /** The viewer's active groups, offered as visibilities in the judgment form. */
  groups?: readonly LinkGroupChoice[];
  locale: Locale;
  t: Translator;
}) {
  const { entry } = link;
  return (
    <li id={linkElementId(link.id)} className={styles.item} data-origin={link.origin}>
      <p className={styles.meta}>
        {entry.date ? <time dateTime={entry.date}>{formatDayHeading(entry.date, languageTag(locale))}</time> : <span>{t('dateUnknown')}</span>}
        <span>{t(link.origin === 'manual' ? 'linkOriginManual' : 'linkOriginSuggested')}</span>
        {link.addedByMe && <span>{t('linkAddedByMe')}</span>}
        {link.score !== null && <span className="tabular">{t('linkScore', { score: link.score.toFixed(2) })}</span>}
        {link.origin === 'suggested' && link.rank === null && <span>{t('linkRetired')}</span>}
        <span className="tabular">{t('linkConfirmations', { n: link.confirmations })}</span>
        <span className="tabular">{t('linkRejections', { n: link.rejections })}</span>
      </p>
      <p className={styles.entryText} lang={CONTENT_LANG}>
        <a href={`/chronicle#entry-${entry.key}`} title={t('linkOpenEntry')}>
          <UserText>{entry.text}</UserText>
        </a>
      </p>
      <ReasonChips reasons={link.reasons} t={t} />
      {link.notes.length > 0 && (
        <ul className={styles.notes} aria-label={t('linkNotesTitle')}>
          {link.notes.map((judgment) => (
            <li key={judgment.id}>
              <span>
                <UserMessage
                  message={t('linkNoteBy', { verdict: t(judgment.verdict === 'confirmed' ? 'linkVerdictConfirmed' : 'linkVerdictRejected') })}
                  values={{ name: judgment.authorName }}
                />
                ：
              </span>
              <UserText lang={CONTENT_LANG}>{judgment.note}</UserText>
              {judgment.group && (
                <span className={styles.groupBadge}>
                  <UserMessage message={t('groupsVisibilityGroup')} values={{ name: judgment.group.name }} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {signedIn && <LinkJudgment link={link} returnTo={returnTo} withNote={withNote} groups={groups} t={t} />}
    </li>
  );
}
