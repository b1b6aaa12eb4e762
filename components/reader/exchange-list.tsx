import { Fragment } from 'react';
import { UserText } from '@/components/ui/user-text';
import type { ReaderExchange, ReaderSpeaker, ReaderTurn } from '@/lib/data/transcripts';
import { snippet } from '@/lib/format/snippet';
import { speakerLabel, speakerOutlet } from '@/lib/format/speaker-label';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import styles from './exchange-list.module.css';

/**
 * The jump list of question-and-answer exchanges: the start of each question, the outlet that
 * asked it and who answered, linking to the question's turn.
 */
export function ExchangeList({
  exchanges,
  turns,
  speakers,
  hrefForTurn,
  t,
}: {
  exchanges: ReaderExchange[];
  turns: ReaderTurn[];
  speakers: Map<string, ReaderSpeaker>;
  hrefForTurn: (index: number) => string;
  t: Translator;
}) {
  const turnAt = new Map(turns.map((turn) => [turn.index, turn]));
  const nameOf = (label: string) => {
    const speaker = speakers.get(label);
    return speaker ? speakerLabel(speaker).primary : label;
  };
  return (
    <nav aria-labelledby="exchanges-heading" className={styles.exchanges}>
      <h2 id="exchanges-heading" className={styles.heading}>
        {t('exchangesTitle')} <span className={styles.count}>{exchanges.length}</span>
      </h2>
      {exchanges.length === 0 ? (
        <p className={styles.empty}>{t('exchangesEmpty')}</p>
      ) : (
        <ol className={styles.list}>
          {exchanges.map((exchange) => {
            const question = turnAt.get(exchange.question);
            const asker = question ? speakers.get(question.speaker) : undefined;
            const answerers = [...new Set(exchange.answers.map((i) => turnAt.get(i)?.speaker).filter((s) => s !== undefined))];
            return (
              <li key={exchange.index} className={styles.item}>
                <a href={hrefForTurn(exchange.question)} className={styles.question} lang={CONTENT_LANG}>
                  <UserText>{snippet(question?.text ?? '', 32)}</UserText>
                </a>
                <span className={styles.meta}>
                  <span className="visually-hidden">{t('askedBy')}: </span>
                  <UserText lang={CONTENT_LANG}>{asker ? speakerOutlet(asker) : (question?.speaker ?? '')}</UserText>
                  {answerers.length > 0 && (
                    <>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden">{t('answeredBy')}: </span>
                      <span lang={CONTENT_LANG}>
                        {answerers.map((label, i) => (
                          <Fragment key={label}>
                            {i > 0 && '、'}
                            <UserText>{nameOf(label)}</UserText>
                          </Fragment>
                        ))}
                      </span>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
