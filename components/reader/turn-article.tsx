import type { ReaderSpeaker, ReaderTurn } from '@/lib/data/transcripts';
import { formatClock } from '@/lib/format/format-time';
import { speakerLabel } from '@/lib/format/speaker-label';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { RoleBadge } from '@/components/ui/role-badge';
import styles from './turn-article.module.css';

/** The element id of a turn, `turn-N`: the anchor of permalinks, jump lists and the timeline. */
export function turnId(index: number): string {
  return `turn-${index}`;
}

/**
 * One turn of the reading column: who speaks (name with title or outlet, role), when the turn
 * was posted in the transcript's own time zone, the paragraphs, and a permalink.
 */
export function TurnArticle({
  turn,
  speaker,
  timezone,
  t,
}: {
  turn: ReaderTurn;
  speaker: ReaderSpeaker | undefined;
  timezone: string;
  t: Translator;
}) {
  const id = turnId(turn.index);
  const { primary, secondary } = speakerLabel(speaker ?? { label: turn.speaker, name: null, title: null, organization: null });
  const paragraphs = turn.text.split('\n').filter((p) => p.trim() !== '');
  return (
    <article id={id} className={styles.turn} data-role={turn.role} aria-labelledby={`${id}-speaker`}>
      <header className={styles.head}>
        <h3 id={`${id}-speaker`} className={styles.speaker}>
          <span lang={CONTENT_LANG}>{primary}</span>
          {secondary && (
            <span className={styles.secondary} lang={CONTENT_LANG}>
              {secondary}
            </span>
          )}
        </h3>
        <RoleBadge role={turn.role} t={t} />
        <span className={styles.meta}>
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
        {paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
