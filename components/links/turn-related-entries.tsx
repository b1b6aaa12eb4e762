import type { EntryOptionGroup, LinkGroupChoice, TurnLinkView } from '@/lib/data/links';
import type { Locale } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { AddLinkForm } from './add-link-form';
import { LinkItem } from './link-item';
import styles from './links.module.css';

/** Path of a turn's own page, where every link tool is (entry picker, notes). */
export const turnPagePath = (transcriptSlug: string, turnIndex: number) => `/transcripts/${encodeURIComponent(transcriptSlug)}/turns/${turnIndex}`;

/** Path of a turn's news-coverage view. */
export const turnCoveragePath = (transcriptSlug: string, turnIndex: number) => `${turnPagePath(transcriptSlug, turnIndex)}/coverage`;

export interface TurnRelatedEntriesProps {
  transcriptSlug: string;
  turnIndex: number;
  /** The turn's links the viewer may see (lib/data/links listTurnLinks), best suggestion first. */
  links: readonly TurnLinkView[];
  signedIn: boolean;
  /** Where the forms go back to after a successful post, e.g. `/transcripts/<slug>#turn-8`. */
  returnTo: string;
  /**
   * `reader`: collapsed under the turn, judgment without a note field, "add a link" points to
   * the turn's page. `page`: open, with notes and the entry picker (needs `entryOptions`).
   */
  variant?: 'reader' | 'page';
  /** Chronicle entries for the "add a link" picker (lib/data/links listEntryOptions); `page` only. */
  entryOptions?: readonly EntryOptionGroup[];
  /** The viewer's active groups, offered as visibilities in the forms (none when signed out). */
  groups: readonly LinkGroupChoice[];
  locale: Locale;
  t: Translator;
}

/**
 * A turn's related chronicle entries (a server component given plain data): date, text,
 * score, reasons, counts, confirm/reject forms for signed-in viewers, "add a link", and a
 * link to the turn's news coverage. Every control is a plain form post (works without JavaScript).
 */
export function TurnRelatedEntries({
  transcriptSlug,
  turnIndex,
  links,
  signedIn,
  returnTo,
  variant = 'reader',
  entryOptions,
  groups,
  locale,
  t,
}: TurnRelatedEntriesProps) {
  const page = variant === 'page';
  const choices = signedIn ? groups : [];
  const headingId = `links-${turnIndex}-heading`;
  const body = (
    <>
      {links.length === 0 ? (
        <p>{t('linksNone')}</p>
      ) : (
        <ol className={styles.list}>
          {links.map((link) => (
            <LinkItem key={link.id} link={link} signedIn={signedIn} returnTo={returnTo} withNote={page} groups={choices} locale={locale} t={t} />
          ))}
        </ol>
      )}
      {signedIn && page && entryOptions && (
        <AddLinkForm
          transcriptSlug={transcriptSlug}
          turnIndex={turnIndex}
          returnTo={returnTo}
          entryOptions={entryOptions}
          groups={choices}
          locale={locale}
          t={t}
        />
      )}
      {!signedIn && <p className={styles.status}>{t('linkSignIn')}</p>}
      <p className={styles.footer}>
        {!page && <a href={`${turnPagePath(transcriptSlug, turnIndex)}#links`}>{t('linkAddElsewhere')}</a>}
        <a href={turnCoveragePath(transcriptSlug, turnIndex)}>{t('coverageLink')}</a>
      </p>
    </>
  );
  if (page) {
    return (
      <section id="links" className={styles.section} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {t('linksTitle')}
        </h2>
        {body}
      </section>
    );
  }
  return (
    <details className={styles.section} data-not-annotatable="">
      <summary className={styles.summary}>{t('linksCount', { n: links.length })}</summary>
      {body}
    </details>
  );
}
