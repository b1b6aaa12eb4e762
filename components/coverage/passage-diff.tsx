import type { DiffSegment } from '@/lib/coverage/compare';
import type { Translator } from '@/lib/i18n/translate';

/**
 * One side of a compared passage: text the other side also has stays plain; text only this
 * side has is `<del>` (turn side: left out by the news) or `<ins>` (news side: added); a
 * number that differs is `<mark>`. Each mark ends with hidden words for screen readers, as
 * del/ins/mark are not announced everywhere.
 */
export function PassageDiff({ segments, t }: { segments: readonly DiffSegment[]; t: Translator }) {
  return (
    <>
      {segments.map((segment, i) => {
        switch (segment.kind) {
          case 'same':
            return <span key={i}>{segment.text}</span>;
          case 'omitted':
            return (
              <del key={i}>
                {segment.text}
                <span className="visually-hidden">{t('coverageSrOmitted')}</span>
              </del>
            );
          case 'added':
            return (
              <ins key={i}>
                {segment.text}
                <span className="visually-hidden">{t('coverageSrAdded')}</span>
              </ins>
            );
          case 'changed':
            return (
              <mark key={i}>
                {segment.text}
                <span className="visually-hidden">{t('coverageSrChanged')}</span>
              </mark>
            );
        }
      })}
    </>
  );
}
