import { UserMessage, UserText } from '@/components/ui/user-text';
import type { LinkedTurnView } from '@/lib/data/links';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import styles from './linked-turns.module.css';

/** The reader's anchor of a turn (components/reader/turn-article.tsx `turnId`). */
const turnHref = (turn: LinkedTurnView) => `/transcripts/${encodeURIComponent(turn.transcriptSlug)}#turn-${turn.turnIndex}`;

/** Under a chronicle entry: the turns people confirmed as related to it, each linking into the reader. */
export function LinkedTurns({ turns, entryKey, t }: { turns: readonly LinkedTurnView[]; entryKey: string; t: Translator }) {
  if (turns.length === 0) return null;
  const headingId = `linked-${entryKey}`;
  return (
    <div className={styles.linked} aria-labelledby={headingId} role="group">
      <span id={headingId} className={styles.heading}>
        {t('chronicleLinkedTurns')}
      </span>
      <ul className={styles.list}>
        {turns.map((turn) => (
          <li key={turn.linkId}>
            <a href={turnHref(turn)}>
              <UserMessage message={t('chronicleLinkedTurn', { n: turn.turnIndex })} values={{ title: turn.transcriptTitle, speaker: turn.speaker }} />
            </a>
            <span className={styles.counts}>
              {' '}
              ({t('linkConfirmations', { n: turn.confirmations })}
              {turn.rejections > 0 && <>, {t('linkRejections', { n: turn.rejections })}</>})
            </span>
            <q className={styles.snippet} lang={CONTENT_LANG}>
              <UserText>{turn.snippet}</UserText>
            </q>
          </li>
        ))}
      </ul>
    </div>
  );
}
