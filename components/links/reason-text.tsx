import { UserText } from '@/components/ui/user-text';
import type { LinkReason } from '@/lib/linking';
import type { Translator } from '@/lib/i18n/translate';

/**
 * A reason's words in the interface language: engine wording (terms summed up, the turn a
 * context match comes from, days from the press conference) through the dictionary, matched
 * content (names, numbers, terms, date cues) as written, in Chinese. Reasons stored before
 * they carried a label show their value as is.
 */
export function ReasonText({ reason, t }: { reason: LinkReason; t: Translator }) {
  const label = reason.label;
  if (!label) return <UserText lang="zh-CN">{reason.value}</UserText>;
  switch (label.type) {
    case 'more-terms':
      return <span>{t('linkReasonMoreTerms', { n: label.count })}</span>;
    case 'context':
      return (
        <span>
          {label.moreTerms ? t('linkReasonMoreTerms', { n: label.moreTerms }) : <UserText lang="zh-CN">{label.value}</UserText>} {t('linkReasonFromTurn', { n: label.turn })}
        </span>
      );
    case 'proximity': {
      const n = Math.abs(label.days);
      return <span>{label.days === 0 ? t('linkReasonSameDay') : t(label.days < 0 ? 'linkReasonDaysBefore' : 'linkReasonDaysAfter', { n })}</span>;
    }
  }
}
