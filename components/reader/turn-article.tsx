import type { ReactNode } from 'react';
import type { ReaderSpeaker, ReaderTurn } from '@/lib/data/transcripts';
import { formatClock } from '@/lib/format/format-time';
import { speakerLabel } from '@/lib/format/speaker-label';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { RoleBadge } from '@/components/ui/role-badge';
import { UserText } from '@/components/ui/user-text';
import { TurnText, type TurnHighlight } from './turn-text';
import styles from './turn-article.module.css';

/** The element id of a turn, `turn-N`: the anchor of permalinks, jump lists and the timeline. */
export function turnId(index: number): string {
  return `turn-${index}`;
}

/** What the annotation feature adds to a turn; all optional, so the plain reader stays as it was. */
export interface TurnAnnotations {
  highlights: TurnHighlight[];
  focusedAnnotationId: string | null;
  /** Annotations the reader may see on this turn (not deleted), shown as a badge when > 0. */
  count: number;
  /** Link that shows this turn's annotations in the side panel (works without JavaScript). */
  countHref: string;
  /** The turn's annotations are open in the side panel. */
  focused: boolean;
  /** Client tools in the header (the keyboard sentence picker). */
  tools?: ReactNode;
}

/**
 * One turn of the reading column: who speaks (name with title or outlet, role), when the turn
 * was posted in the transcript's own time zone, the paragraphs with their highlights, the number
 * of annotations and a permalink. Everything but the paragraphs is `data-not-annotatable`.
 */
export function TurnArticle({
  turn,
  speaker,
  timezone,
  t,
  annotations,
  footer,
}: {
  turn: ReaderTurn;
  speaker: ReaderSpeaker | undefined;
  timezone: string;
  t: Translator;
  annotations?: TurnAnnotations;
  /** Below the text, outside the annotatable area (the turn's related chronicle entries). */
  footer?: ReactNode;
}) {
  const id = turnId(turn.index);
  const { primary, secondary } = speakerLabel(speaker ?? { label: turn.speaker, name: null, title: null, organization: null });
  const count = annotations?.count ?? 0;
  return (
    <article
      id={id}
      className={styles.turn}
      data-role={turn.role}
      data-turn-index={turn.index}
      data-focused={annotations?.focused || undefined}
      aria-labelledby={`${id}-speaker`}
    >
      <header className={styles.head} data-not-annotatable="">
        <h3 id={`${id}-speaker`} className={styles.speaker}>
          <UserText lang={CONTENT_LANG}>{primary}</UserText>
          {secondary && (
            <span className={styles.secondary} lang={CONTENT_LANG}>
              <UserText>{secondary}</UserText>
            </span>
          )}
        </h3>
        <RoleBadge role={turn.role} t={t} />
        <span className={styles.meta}>
          {annotations?.tools}
          {annotations && count > 0 && (
            <a href={annotations.countHref} className={styles.count} aria-label={t('annotationsOnTurnCount', { n: count })}>
              <span aria-hidden="true">✎ </span>
              {count}
            </a>
          )}
          {turn.postedAt && (
            <time dateTime={turn.postedAt} title={t('postedAt')}>
              {formatClock(turn.postedAt, timezone)}
            </time>
          )}
          <a href={`#${id}`} className={styles.permalink} aria-label={t('turnPermalink', { n: turn.index })}>
            #{turn.index}
          </a>
        </span>
      </header>
      <div className={styles.body} lang={CONTENT_LANG}>
        <TurnText text={turn.text} highlights={annotations?.highlights ?? []} focusedId={annotations?.focusedAnnotationId ?? null} />
      </div>
      {footer && <footer data-not-annotatable="">{footer}</footer>}
    </article>
  );
}
