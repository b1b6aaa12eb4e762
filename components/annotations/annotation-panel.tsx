import Link from 'next/link';
import { UserText } from '@/components/ui/user-text';
import type { AnnotationDetail, AnnotationSummary } from '@/lib/data/annotations';
import { AnnotationCard } from './annotation-card';
import type { CardContext } from './card-context';
import { PanelFocus } from './panel-focus';
import styles from './annotation-panel.module.css';

/**
 * The side panel of the reader: the annotations of the focused turn (`?turn=N`, or the turn of
 * `?annotation=id`) as full cards, or, with no turn focused, a list of every annotation the
 * reader may see that links to each. Server-rendered from the URL, so it works without
 * JavaScript; a sticky column on wide screens, a drawer over the bottom of the page otherwise.
 */
export function AnnotationPanel({
  focusedTurn,
  annotations,
  overview,
  focusedId,
  closeHref,
  hrefFor,
  signInHref,
  context,
}: {
  focusedTurn: number | null;
  /** Cards of the focused turn. */
  annotations: AnnotationDetail[];
  /** Everything visible (after filters), listed when no turn is focused. */
  overview: AnnotationSummary[];
  focusedId: string | null;
  /** The page without turn focus; shown as a close link while a turn is focused. */
  closeHref: string;
  hrefFor(annotation: AnnotationSummary): string;
  /** Set for signed-out readers. */
  signInHref: string | null;
  context: CardContext;
}) {
  const { t } = context;
  return (
    <aside id="annotations" className={styles.panel} data-open={focusedTurn !== null || undefined} aria-labelledby="annotations-heading">
      <div className={styles.head}>
        <h2 id="annotations-heading" className={styles.heading}>
          {focusedTurn !== null ? t('annotationsOnTurn', { n: focusedTurn }) : t('annotationsTitle')}
        </h2>
        {focusedTurn !== null && (
          <Link href={closeHref} scroll={false} className={styles.close} aria-label={t('annotationsClose')}>
            ×
          </Link>
        )}
      </div>
      {signInHref && (
        <p className={styles.note}>
          <a href={signInHref}>{t('annotationsSignIn')}</a> · {t('annotationsSignInHint')}
        </p>
      )}
      {focusedTurn !== null ? (
        annotations.length > 0 ? (
          <ol className={styles.cards}>
            {annotations.map((annotation) => (
              <li key={annotation.id}>
                <AnnotationCard annotation={annotation} context={context} focused={annotation.id === focusedId} />
              </li>
            ))}
          </ol>
        ) : (
          <p className={styles.note}>{t('annotationsNone')}</p>
        )
      ) : overview.length > 0 ? (
        <>
          <p className={styles.note}>{t('annotationsPick')}</p>
          <ol className={styles.overview}>
            {overview
              .filter((a) => !a.deleted)
              .map((a) => (
                <li key={a.id}>
                  <Link href={hrefFor(a)} scroll={false} className={styles.overviewLink}>
                    <span className={styles.overviewMeta}>
                      {t('annotationsTurnLink', { n: a.turnIndex })} · <UserText>{a.author?.name}</UserText>
                    </span>
                    <span className={styles.overviewQuote} lang="zh-CN">
                      <UserText>{a.exact}</UserText>
                    </span>
                    {a.bodyText && <UserText className={styles.overviewBody}>{a.bodyText}</UserText>}
                  </Link>
                </li>
              ))}
          </ol>
        </>
      ) : (
        <p className={styles.note}>{t('annotationsEmpty')}</p>
      )}
      <PanelFocus annotationId={focusedId} />
    </aside>
  );
}
