import { Fragment, type ReactNode } from 'react';
import { segmentTurnText, type TextSegment } from '@/components/highlights/highlight-segments';
import { UserMessage, UserText } from '@/components/ui/user-text';
import type { AnnotationSummary } from '@/lib/data/annotations';
import type { ReaderTurn } from '@/lib/data/transcripts';
import { CONTENT_LANG } from '@/lib/i18n/locale';
import type { Translator } from '@/lib/i18n/translate';
import { claimStatusLabel, claimTypeLabel } from '@/components/annotations/labels';
import styles from './print.module.css';

/**
 * One turn for paper: highlights as marks, a note number after the end of each annotation's
 * span, and the notes themselves under the turn (numbers run through the whole transcript, so
 * `numbers` maps annotation id → its number).
 */
export function PrintTurn({ turn, speaker, annotations, numbers, t }: { turn: ReaderTurn; speaker: string; annotations: AnnotationSummary[]; numbers: Map<string, number>; t: Translator }) {
  const paragraphs = segmentTurnText(turn.text, annotations);
  const ends = new Map<string, { paragraph: number; segment: number }>();
  paragraphs.forEach((segments, p) => segments.forEach((segment, s) => segment.ids.forEach((id) => ends.set(id, { paragraph: p, segment: s }))));
  const render = (segment: TextSegment, p: number, s: number): ReactNode => {
    const notes = segment.ids.filter((id) => ends.get(id)?.paragraph === p && ends.get(id)?.segment === s);
    const text = segment.ids.length ? <mark className={styles.mark}>{segment.text}</mark> : segment.text;
    return (
      <Fragment key={s}>
        {text}
        {notes.map((id) => (
          <sup key={id} className={styles.ref}>
            {numbers.get(id)}
          </sup>
        ))}
      </Fragment>
    );
  };
  return (
    <article className={styles.turn}>
      <h2 className={styles.speaker}>
        <UserText lang={CONTENT_LANG}>{speaker}</UserText> <span className={styles.index}>#{turn.index}</span>
      </h2>
      <div lang={CONTENT_LANG}>
        {paragraphs.map((segments, p) => (
          <p key={p}>{segments.map((segment, s) => render(segment, p, s))}</p>
        ))}
      </div>
      {annotations.length > 0 && (
        <ol className={styles.notes} aria-label={t('printNotes')}>
          {annotations.map((a) => (
            <li key={a.id} value={numbers.get(a.id)}>
              <q lang={CONTENT_LANG}>
                <UserText>{a.exact}</UserText>
              </q>
              {a.claim && (
                <span className={styles.claim}>
                  {' '}
                  [{claimTypeLabel(a.claim.type, t)} · {claimStatusLabel(a.claim.status, t)}]
                </span>
              )}
              {a.bodyHtml ? <div className={styles.body} dir="auto" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} /> : <span> {t('printHighlight')}</span>}
              <p className={styles.meta}>
                {a.author && <UserMessage message={t('printBy')} values={{ name: a.author.name }} />}
                {a.tags.map((tag) => (
                  <Fragment key={tag}>
                    {' #'}
                    <UserText>{tag}</UserText>
                  </Fragment>
                ))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
